using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Knowledge;

public class AliasIndexTests
{
    private static readonly Subject Acme = new(
        "acme", Text("Acme Deutschland", "Acme Germany"), SubjectKind.Company, ["Acme Corp", "Big Acme Holding Group"], []);

    private static readonly Subject Globex = new("globex", Text("Globex", "Globex"), SubjectKind.Company, ["Acme Corp", "!!!"], []);

    private static readonly AliasIndex Index = AliasIndex.Build([Acme, Globex]);

    [Theory]
    [InlineData("acme", "acme")]
    [InlineData("acme deutschland", "acme")]
    [InlineData("acme germany", "acme")]
    [InlineData("acme corp", "acme")]
    [InlineData("big acme holding group", "acme")]
    [InlineData("globex", "globex")]
    public void Find_IdNameOrAlias_FindsItsSubject(string phrase, string expected)
    {
        Assert.Equal(expected, Index.Find(phrase)?.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("corp")]
    [InlineData("acme holding")]
    [InlineData("Acme")]
    public void Find_NoAlias_IsNull(string phrase)
    {
        Assert.Null(Index.Find(phrase));
    }

    [Fact]
    public void Find_AliasOfTwoSubjects_BelongsToTheFirst()
    {
        Assert.Equal("acme", Index.Find("acme corp")?.Id);
        Assert.Equal("globex", AliasIndex.Build([Globex, Acme]).Find("acme corp")?.Id);
    }

    [Fact]
    public void Build_NamesAreFoldedAndTokenized()
    {
        var index = AliasIndex.Build([new Subject("muenchen-re", Text("Münchener Rück", "Munich Re"), SubjectKind.Company, ["Munich-Re AG"], [])]);

        Assert.Equal("muenchen-re", index.Find("muenchener rueck")?.Id);
        Assert.Equal("muenchen-re", index.Find("munich re ag")?.Id);
        Assert.Equal("muenchen-re", index.Find("muenchen re")?.Id);
    }

    [Fact]
    public void LongestPhrase_IsTheMostTokensOfAnyAlias()
    {
        Assert.Equal(4, Index.LongestPhrase);
        Assert.Equal(1, AliasIndex.Build([]).LongestPhrase);
        Assert.Equal(2, AliasIndex.Build([Globex]).LongestPhrase);
    }

    [Fact]
    public void SingleWords_AreTheOneTokenAliases()
    {
        Assert.Equal(["acme", "globex"], Index.SingleWords.Select(p => p.Key).Order());
        Assert.Equal("acme", Index.SingleWords.Single(p => p.Key == "acme").Value.Id);
    }

    [Theory]
    [InlineData("acme", true)]
    [InlineData("big", true)]
    [InlineData("globex", true)]
    [InlineData("corp", false)]
    [InlineData("holding", false)]
    public void StartsAlias_FirstWordOfSomeAlias(string word, bool expected)
    {
        Assert.Equal(expected, Index.StartsAlias(word));
    }

    [Theory]
    [InlineData("acme", true)]
    [InlineData("big", true)]
    [InlineData("big acme", true)]
    [InlineData("big acme holding", true)]
    [InlineData("big acme holding group", false)]
    [InlineData("acme corp", false)]
    [InlineData("globex", false)]
    [InlineData("holding", false)]
    public void StartsLongerAlias_ProperPrefixOfALongerAlias(string phrase, bool expected)
    {
        Assert.Equal(expected, Index.StartsLongerAlias(phrase));
    }

    private static LocalizedText Text(string de, string en) => new([new(Language.German, de), new(Language.English, en)]);
}
