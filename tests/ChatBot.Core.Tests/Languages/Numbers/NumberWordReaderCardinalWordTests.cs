using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages.Numbers;

namespace ChatBot.Core.Tests.Languages.Numbers;

/// <summary>The word a language writes a number with, as the ingest labels use it ("in den nächsten drei Jahren", "over the next three years").</summary>
public sealed class NumberWordReaderCardinalWordTests
{
    [Theory]
    [InlineData("de", 3, "drei")]
    [InlineData("en", 3, "three")]
    [InlineData("de", 5, "fünf")]
    [InlineData("de", 12, "zwölf")]
    [InlineData("en", 12, "twelve")]
    [InlineData("de", 30, "dreißig")]
    [InlineData("en", 1000, "thousand")]
    public void CardinalWord_ValueWithAWord_IsTheLanguagesWordAsSpelled(string code, int value, string word)
    {
        Assert.Equal(word, NumberWordReader.Default.CardinalWord(value, new Language(code)));
    }

    [Theory]
    [InlineData("de", 23)]
    [InlineData("en", 101)]
    [InlineData("en", -1)]
    public void CardinalWord_ValueWithoutAWordOfItsOwn_IsNull(string code, int value)
    {
        Assert.Null(NumberWordReader.Default.CardinalWord(value, new Language(code)));
    }

    [Fact]
    public void CardinalWord_RegisteredLanguage_UsesItsOwnWords()
    {
        var pseudo = new Language("xx");
        var reader = new NumberWordReader(NumberVocabularies.Default.With(pseudo, new PseudoNumberWords()));

        Assert.Equal(("zork", "five"), (reader.CardinalWord(5, pseudo), reader.CardinalWord(5, Language.English)));
    }
}
