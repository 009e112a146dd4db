using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Tests.Retrieval;

public class WordMatchingTests
{
    [Theory]
    [InlineData("trump", "trump")]
    [InlineData("trump", "trumps")]
    [InlineData("kanada", "kanadischen")]
    [InlineData("kanada", "kanadische")]
    [InlineData("kanada", "kanadischer")]
    [InlineData("kanada", "kanadisches")]
    [InlineData("kanada", "kanadisch")]
    [InlineData("kanada", "kanada")]
    [InlineData("canada", "canadian")]
    [InlineData("canada", "canadians")]
    [InlineData("bayer", "bayern")]
    [InlineData("paris", "pariser")]
    [InlineData("paris", "parisern")]
    [InlineData("chip", "chips")]
    [InlineData("chip", "chipn")]
    [InlineData("modell", "modelle")]
    [InlineData("modell", "modellen")]
    [InlineData("gipfel", "gipfels")]
    [InlineData("gipfel", "gipfelns")]
    [InlineData("berlin", "berlines")]
    [InlineData("florenz", "florenza")]
    [InlineData("italia", "italier")]
    [InlineData("italia", "italiern")]
    public void Matches_InflectedArticleWord_IsTrue(string questionWord, string articleWord)
    {
        Assert.True(WordMatching.Matches(questionWord, articleWord));
    }

    [Theory]
    [InlineData("intel", "intelligenz")]
    [InlineData("meta", "metall")]
    [InlineData("kanada", "kanu")]
    [InlineData("chip", "chipsatz")]
    [InlineData("meta", "met")]
    [InlineData("oracle", "orac")]
    public void Matches_MerePrefixOrOtherWord_IsFalse(string questionWord, string articleWord)
    {
        Assert.False(WordMatching.Matches(questionWord, articleWord));
    }

    [Theory]
    [InlineData("meta", "metas", true)]
    [InlineData("meta", "mets", false)]
    [InlineData("china", "chinesen", false)]
    public void Matches_ShortWordsKeepTheirFinalVowel(string questionWord, string articleWord, bool expected)
    {
        Assert.Equal(expected, WordMatching.Matches(questionWord, articleWord));
    }
}
