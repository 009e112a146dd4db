using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Text;
using ChatBot.Core.Understanding;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>Subjects found by alias phrase, genitive and typo, on a fixture of subjects of its own.</summary>
public class SubjectMatcherTests
{
    private static readonly AliasIndex Aliases = AliasIndex.Build(
    [
        Subject("acme", SubjectKind.Company),
        Subject("globex", SubjectKind.Company),
        Subject("microsoft", SubjectKind.Company),
        Subject("tesla", SubjectKind.Company),
        Subject("ibm", SubjectKind.Company),
        Subject("nordex", SubjectKind.Company),
        Subject("nordax", SubjectKind.Company),
        Subject("rankings", SubjectKind.Company),
        Subject("stargate", SubjectKind.Project),
        Subject("stargate-uae", SubjectKind.Project, "stargate uae"),
        Subject("uae", SubjectKind.Country),
        Subject("big-four", SubjectKind.Group, "the big four"),
        Subject("world", SubjectKind.Market, "weltweit"),
        Subject("ai-market", SubjectKind.Market, "ki markt"),
    ]);

    private static Subject Subject(string id, SubjectKind kind, params string[] aliases) =>
        new(id, TestFacts.Text(id, id), kind, aliases, []);

    private static (IReadOnlyList<string> Ids, bool[] Consumed) Match(string text, bool[]? negated = null, bool[]? consumed = null)
    {
        var tokens = Tokenizer.Tokenize(TextFolding.Fold(text));
        consumed ??= new bool[tokens.Count];
        var found = SubjectMatcher.Match(tokens, Aliases, consumed, VocabularyIndex.Default, negated);
        return ([.. found.Select(s => s.Id)], consumed);
    }

    [Fact]
    public void Match_Names_InQuestionOrderAndConsumed()
    {
        var (ids, consumed) = Match("globex or acme now");

        Assert.Equal(["globex", "acme"], ids);
        Assert.Equal([true, false, true, false], consumed);
    }

    [Fact]
    public void Match_SameSubjectTwice_IsListedOnce()
    {
        Assert.Equal(["acme"], Match("acme and acme").Ids);
    }

    [Fact]
    public void Match_LongestPhraseWins()
    {
        var (ids, consumed) = Match("stargate uae 2025");

        Assert.Equal(["stargate-uae"], ids);
        Assert.Equal([true, true, false], consumed);
    }

    [Fact]
    public void Match_LongerPhraseLaterInTheQuestion_WinsOverTheWordItOverlaps()
    {
        Assert.Equal(["stargate", "big-four"], Match("stargate the big four").Ids);
        Assert.Equal(["uae", "stargate-uae"], Match("uae stargate uae").Ids);
    }

    [Fact]
    public void Match_AlreadyConsumedWords_AreSkipped()
    {
        Assert.Equal(["globex"], Match("acme globex", consumed: [true, false]).Ids);
    }

    [Theory]
    [InlineData("acmes plan", "acme")]
    [InlineData("teslas", "tesla")]
    [InlineData("the big fours plan", "big-four")]
    public void Match_Genitive_FindsTheOwner(string text, string id)
    {
        Assert.Equal([id], Match(text).Ids);
    }

    [Fact]
    public void Match_ShortWordEndingInS_IsNoGenitive()
    {
        Assert.Empty(Match("ibms").Ids);
        Assert.Equal(["ibm"], Match("ibm").Ids);
    }

    [Theory]
    [InlineData("mircosoft", "microsoft")]
    [InlineData("mikrosoff", "microsoft")]
    [InlineData("microsft", "microsoft")]
    [InlineData("imcrosoft", "microsoft")]
    [InlineData("mircosofts", "microsoft")]
    [InlineData("teslx", "tesla")]
    [InlineData("teslaa", "tesla")]
    [InlineData("globax", "globex")]
    [InlineData("nordix", "nordex")]
    [InlineData("nordexx", "nordex")]
    [InlineData("nordaxx", "nordax")]
    public void Match_Typo_FindsTheClosestAlias(string text, string id)
    {
        var (ids, consumed) = Match($"{text} plan");

        Assert.Equal([id], ids);
        Assert.Equal([true, false], consumed);
    }

    [Theory]
    [InlineData("mikrosof")]
    [InlineData("nicrosoft")]
    [InlineData("tesl")]
    [InlineData("acmee")]
    [InlineData("ranking")]
    [InlineData("tesla1")]
    [InlineData("globexxx")]
    public void Match_TooFarShortCommonOrWithDigits_IsNoTypo(string text)
    {
        var (ids, consumed) = Match(text);

        Assert.Empty(ids);
        Assert.DoesNotContain(true, consumed);
    }

    [Fact]
    public void Match_ExactNameBeforeTypo_KeepsExactNamesFirst()
    {
        Assert.Equal(["acme", "microsoft"], Match("mircosoft acme").Ids);
    }

    [Fact]
    public void Match_SubjectOnlyInANegation_IsDroppedWhenAnotherIsAsked()
    {
        Assert.Equal(["globex"], Match("not acme but globex", negated: [false, true, false, false]).Ids);
    }

    [Fact]
    public void Match_OnlyNegatedSubjects_AreKept()
    {
        Assert.Equal(["acme"], Match("not acme", negated: [false, true]).Ids);
    }

    [Fact]
    public void Match_MarketNextToAnotherSubject_IsDropped()
    {
        Assert.Equal(["acme"], Match("acme weltweit").Ids);
        Assert.Equal(["acme", "globex"], Match("weltweit acme globex").Ids);
    }

    [Fact]
    public void Match_MarketsOnly_AreKept()
    {
        Assert.Equal(["world"], Match("weltweit").Ids);
        Assert.Equal(["world", "ai-market"], Match("weltweit ki markt").Ids);
    }
}
