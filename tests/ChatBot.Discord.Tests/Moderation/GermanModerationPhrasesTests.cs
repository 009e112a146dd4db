using ChatBot.Discord.Moderation;

namespace ChatBot.Discord.Tests.Moderation;

/// <summary>
/// The German moderation book once asked for the de-DE culture, which the invariant-globalization build does not
/// have: its first number-bearing phrase threw, and /knowledge status in German answered "something went wrong".
/// </summary>
public sealed class GermanModerationPhrasesTests
{
    [Fact]
    public void AndMore_Count_IsWrittenWithoutACultureLookup() =>
        Assert.Equal("… und 3 weitere", new GermanModerationPhrases().AndMore(3));

    [Fact]
    public void FixedKnowledge_Counts_AreWrittenAsDigits() =>
        Assert.Equal("Wissensbasis: 1234 Fakten, 5 Quellen (fest; nicht neu ladbar).", new GermanModerationPhrases().FixedKnowledge(1234, 5));
}
