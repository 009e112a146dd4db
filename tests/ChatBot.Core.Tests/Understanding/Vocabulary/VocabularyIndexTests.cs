using System.Collections.Frozen;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Core.Understanding;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Tests.Understanding.Vocabulary;

/// <summary>How the index joins the registered vocabularies: folded, de-duplicated, and where they disagree, ordered.</summary>
public class VocabularyIndexTests
{
    private static readonly Language Aa = new("aa");

    private static readonly Language Zz = new("zz");

    private static VocabularyIndex Index(Language fallback, params (Language Language, TestVocabulary Vocabulary)[] entries) =>
        new(new LanguageTable<IQuestionVocabulary>(fallback, [.. entries.Select(e => KeyValuePair.Create(e.Language, (IQuestionVocabulary)e.Vocabulary))]));

    private static TestVocabulary Commands(QueryIntent intent) =>
        new() { CommandWords = new Dictionary<string, QueryIntent> { ["go"] = intent }, Markers = ["go"] };

    [Fact]
    public void Index_WordOfTwoLanguages_HasTheFallbacksMeaning()
    {
        var index = Index(Zz, (Aa, Commands(QueryIntent.Rank)), (Zz, Commands(QueryIntent.Help)));

        Assert.Equal(QueryIntent.Help, index.CommandWords["go"]);
        Assert.Equal([Zz, Aa], index.Detection.Select(d => d.Language));
        Assert.Equal(Zz, index.Fallback);
    }

    [Fact]
    public void Index_WordOfTwoOtherLanguages_HasTheMeaningOfTheFirstByCode()
    {
        var fallback = new Language("mm");
        var index = Index(fallback, (Zz, Commands(QueryIntent.Help)), (fallback, new TestVocabulary()), (Aa, Commands(QueryIntent.Rank)));

        Assert.Equal(QueryIntent.Rank, index.CommandWords["go"]);
        Assert.Equal([fallback, Aa, Zz], index.Detection.Select(d => d.Language));
    }

    [Fact]
    public void Index_Words_AreFoldedAndJoined()
    {
        var index = Index(Aa, (Aa, new TestVocabulary { CommonWords = ["Größe", "acme"] }), (Zz, new TestVocabulary { CommonWords = ["ACME", "zorb"] }));

        Assert.Equal(["acme", "groesse", "zorb"], index.CommonWords.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Index_Phrases_AreTokenizedFoldedAndDistinctWithoutEmptyOnes()
    {
        var index = Index(Aa, (Aa, new TestVocabulary { HowMuchPhrases = ["How much", "how  much", "-", "wie viel"] }));

        Assert.Equal([["how", "much"], ["wie", "viel"]], index.HowMuchPhrases);
    }

    [Fact]
    public void Index_Stems_AreFoldedAndDistinct()
    {
        var index = Index(Aa, (Aa, new TestVocabulary { KnownStems = ["Invest", "invest", "Ausgäb"], AmountStems = ["Spend", "spend"] }));

        Assert.Equal(["invest", "ausgaeb"], index.KnownStems);
        Assert.Equal(["spend"], index.AmountStems);
    }

    [Fact]
    public void Index_Markers_AreFoldedPerLanguage()
    {
        var index = Index(Aa, (Aa, new TestVocabulary { Markers = ["Für"], DistinctiveLetters = "ü" }), (Zz, new TestVocabulary { Markers = ["for"] }));

        Assert.Equal(["fuer"], index.Detection[0].Markers);
        Assert.Equal("ü", index.Detection[0].DistinctiveLetters);
        Assert.Equal(["for"], index.Detection[1].Markers);
    }

    [Fact]
    public void Index_CommonWordsByLength_GroupsEveryWordByItsLength()
    {
        var index = Index(Aa, (Aa, new TestVocabulary { CommonWords = ["ab", "abcd", "wxyz", "a"] }));

        Assert.Equal(6, index.CommonWordsByLength.Length);
        Assert.Empty(index.CommonWordsByLength[0]);
        Assert.Equal(["a"], index.CommonWordsByLength[1]);
        Assert.Equal(["ab"], index.CommonWordsByLength[2]);
        Assert.Empty(index.CommonWordsByLength[3]);
        Assert.Equal(["abcd", "wxyz"], index.CommonWordsByLength[4].Order(StringComparer.Ordinal));
        Assert.Empty(index.CommonWordsByLength[5]);
    }

    [Fact]
    public void Index_NoCommonWords_HasTwoEmptyLengths()
    {
        var index = Index(Aa, (Aa, new TestVocabulary()));

        Assert.Equal(2, index.CommonWordsByLength.Length);
    }

    [Fact]
    public void Index_Ordinals_IncludeTheDigitsOneToFour()
    {
        var index = Index(Aa, (Aa, new TestVocabulary { Ordinals = new Dictionary<string, int> { ["Erste"] = 1 } }));

        Assert.Equal(
            [KeyValuePair.Create("1", 1), KeyValuePair.Create("2", 2), KeyValuePair.Create("3", 3), KeyValuePair.Create("4", 4), KeyValuePair.Create("erste", 1)],
            index.Ordinals.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Index_DegreeStems_AreFoldedAndOrdered()
    {
        var index = Index(Aa, (Aa, new TestVocabulary
        {
            DegreeStems = new Dictionary<string, FigurePreference> { ["Spät"] = FigurePreference.Latest, ["groß"] = FigurePreference.Largest },
        }));

        Assert.Equal([("gross", FigurePreference.Largest), ("spaet", FigurePreference.Latest)], index.DegreeStems);
    }

    [Fact]
    public void Index_CombinedCategories_JoinTheirParts()
    {
        var vocabulary = new TestVocabulary
        {
            SpendingVerbs = ["spends"],
            ActorMarkers = ["does"],
            UntilFillers = ["of"],
            EndWords = ["end"],
            Negations = ["not"],
            Alternatives = ["rather"],
            Contrasts = ["but"],
            Restrictions = ["just"],
        };

        var index = Index(Aa, (Aa, vocabulary));

        Assert.Equal(["does", "spends"], index.ActorCues.Order(StringComparer.Ordinal));
        Assert.Equal(["spends"], index.SpendingVerbs);
        Assert.Equal(["end", "of"], index.UntilFillers.Order(StringComparer.Ordinal));
        Assert.Equal(["not"], index.PeriodNegations);
        Assert.Equal(["but", "just", "rather"], index.PeriodContrasts.Order(StringComparer.Ordinal));
        Assert.Equal(["not", "rather"], index.Negations.Order(StringComparer.Ordinal));
        Assert.Equal(["but"], index.Contrasts);
        Assert.Equal(["just"], index.Restrictions);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 0)]
    public void PhraseAt_PhraseStartingThere_IsItsLength(int index, int expected)
    {
        string[][] phrases = [["how", "much"], ["much"], ["a", "b", "c", "d", "e"]];

        Assert.Equal(expected, VocabularyIndex.PhraseAt(["how", "much", "much", "x"], index, phrases));
    }

    [Fact]
    public void PhraseAt_PhraseRunningPastTheEnd_IsNoMatch()
    {
        Assert.Equal(0, VocabularyIndex.PhraseAt(["x", "how"], 1, [["how", "much"]]));
    }

    [Theory]
    [InlineData("x how much", true)]
    [InlineData("how much", true)]
    [InlineData("much how", false)]
    [InlineData("how x much", false)]
    [InlineData("", false)]
    public void ContainsPhrase_AdjacentWordsAnywhere(string text, bool expected)
    {
        Assert.Equal(expected, VocabularyIndex.ContainsPhrase(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), [["how", "much"]]));
    }

    [Theory]
    [InlineData("month which", true)]
    [InlineData("which x month", true)]
    [InlineData("which", false)]
    [InlineData("day", true)]
    public void ContainsWordSet_AllWordsOfOneSetInAnyOrder(string text, bool expected)
    {
        Assert.Equal(expected, VocabularyIndex.ContainsWordSet(text.Split(' ').ToHashSet(), [["which", "month"], ["day"]]));
    }

    [Fact]
    public void AnyIn_OneTokenInTheWords()
    {
        var words = new[] { "b", "c" }.ToFrozenSet();

        Assert.True(VocabularyIndex.AnyIn((IReadOnlyList<string>)["a", "c"], words));
        Assert.False(VocabularyIndex.AnyIn((IReadOnlyList<string>)["a", "d"], words));
        Assert.True(VocabularyIndex.AnyIn(new HashSet<string> { "a", "b" }, words));
        Assert.False(VocabularyIndex.AnyIn(new HashSet<string> { "a" }, words));
        Assert.False(VocabularyIndex.AnyIn(new HashSet<string>(), words));
    }

    [Theory]
    [InlineData("investment", true)]
    [InlineData("spending", true)]
    [InlineData("inves", false)]
    [InlineData("reinvest", false)]
    public void StartsWithAny_TokenBeginningWithAStem(string token, bool expected)
    {
        Assert.Equal(expected, VocabularyIndex.StartsWithAny(token, ["invest", "spend"]));
    }
}
