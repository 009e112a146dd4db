using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;

namespace ChatBot.Core.Tests.Phrasing;

/// <summary>Numbers a reply writes as words, German and English: each must be read as its value by the guard.</summary>
public sealed class NumberGuardWordsTests
{
    // A few forms through the whole guard; every word of every language is read by the guard in NumberWordConsumersTests.
    [Theory]
    [InlineData("de", "eine", 1)]
    [InlineData("de", "zwölf", 12)]
    [InlineData("de", "achtzig", 80)]
    [InlineData("en", "eighty", 80)]
    [InlineData("en", "a hundred", 100)]
    [InlineData("en", "sixty-five", 65)]
    public void Check_CardinalWord_IsReadAsItsValue(string code, string word, int value)
    {
        var language = new Language(code);
        var scale = code == "de" ? "Milliarden" : "billion";

        Assert.True(Accepted($"Acme: {word} {scale} [F1].", language, value), $"{word} as {value}");
        Assert.False(Accepted($"Acme: {word} {scale} [F1].", language, value + 1), $"{word} as {value + 1}");
    }

    [Theory]
    [InlineData("de", "im ersten Quartal", 1)]
    [InlineData("de", "im zweiten Quartal", 2)]
    [InlineData("de", "im dritten Quartal", 3)]
    [InlineData("de", "im vierten Quartal", 4)]
    [InlineData("de", "die erste Rate", 1)]
    [InlineData("de", "der fünfte Teil", 5)]
    [InlineData("de", "ein sechstes Werk", 6)]
    [InlineData("de", "dem siebten Werk", 7)]
    [InlineData("de", "das achte Werk", 8)]
    [InlineData("de", "das neunte Werk", 9)]
    [InlineData("de", "das zehnte Werk", 10)]
    [InlineData("de", "das elfte Werk", 11)]
    [InlineData("de", "das zwölfte Werk", 12)]
    [InlineData("en", "in the first quarter", 1)]
    [InlineData("en", "in the second quarter", 2)]
    [InlineData("en", "in the third quarter", 3)]
    [InlineData("en", "in the fourth quarter", 4)]
    [InlineData("en", "the fifth site", 5)]
    [InlineData("en", "the sixth site", 6)]
    [InlineData("en", "the seventh site", 7)]
    [InlineData("en", "the eighth site", 8)]
    [InlineData("en", "the ninth site", 9)]
    [InlineData("en", "the tenth site", 10)]
    [InlineData("en", "the eleventh site", 11)]
    [InlineData("en", "the twelfth site", 12)]
    public void Check_OrdinalWord_IsReadAsItsValue(string code, string words, int part)
    {
        var language = new Language(code);

        Assert.True(Accepted($"Acme: 5 bn $ {words} 2025 [F1].", language, 5, part), $"{words} as {part}");
        Assert.False(Accepted($"Acme: 5 bn $ {words} 2025 [F1].", language, 5, part + 1), $"{words} as {part + 1}");
    }

    [Theory]
    [InlineData("de", "die Hälfte", 50)]
    [InlineData("en", "half", 50)]
    [InlineData("de", "ein Viertel", 25)]
    [InlineData("en", "three quarters", 75)]
    [InlineData("de", "ein Drittel", 33.333333333333333333333333333)]
    [InlineData("en", "two-thirds", 66.666666666666666666666666667)]
    public void Check_FractionWord_IsAShareInPercent(string code, string words, double percent)
    {
        var language = new Language(code);
        var share = code == "de" && words == "ein Drittel" ? 100m / 3 : words == "two-thirds" ? 2 * (100m / 3) : (decimal)percent;

        Assert.True(Accepted($"Acme: 5 bn $ [F1], {words} [F2].", language, 5, share: share), words);
        Assert.False(Accepted($"Acme: 5 bn $ [F1], {words} [F2].", language, 5, share: 1), words);
    }

    private static bool Accepted(string reply, Language language, decimal value, int? part = null, decimal? share = null)
    {
        var period = part is null ? Period.Unspecified : new Period(PeriodKind.Quarter, 2025, Part: part);
        var facts = new List<PhrasingFact> { GuardRequests.Fact("F1", "-", GuardRequests.Money(value), period) };
        if (share is { } s)
        {
            facts.Add(GuardRequests.Fact("F2", "-", GuardRequests.Percent(s)));
        }

        return NumberGuard.Check(reply, GuardRequests.Of(language, [.. facts])).Accepted;
    }
}
