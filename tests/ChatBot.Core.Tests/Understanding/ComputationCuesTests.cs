using ChatBot.Core.Text;
using ChatBot.Core.Understanding;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>Calculation and preference cues of a question's words alone, with the default vocabularies.</summary>
public class ComputationCuesTests
{
    private static IReadOnlyList<string> Tokens(string text) => Tokenizer.Tokenize(TextFolding.Fold(text));

    private static ComputationKind? Detect(string text, bool comparesSeveral = false, bool namesPart = false) =>
        ComputationCues.Detect(Tokens(text), comparesSeveral, namesPart, VocabularyIndex.Default);

    [Theory]
    [InlineData("ratio")]
    [InlineData("how many times")]
    [InlineData("das dreifache")]
    [InlineData("wievielfache remaining")]
    public void Detect_RatioWordsPhrasesAndSuffixes_IsRatio(string text)
    {
        Assert.Equal(ComputationKind.Ratio, Detect(text));
    }

    [Theory]
    [InlineData("fache")]
    [InlineData("many")]
    [InlineData("times")]
    public void Detect_SuffixAloneOrHalfAPhrase_IsNoRatio(string text)
    {
        Assert.Null(Detect(text));
    }

    [Theory]
    [InlineData("annually")]
    [InlineData("per year")]
    [InlineData("pro jahr")]
    [InlineData("stargate pro year")]
    [InlineData("acme a year")]
    [InlineData("acme a year more")]
    [InlineData("acme a year remaining")]
    public void Detect_PerYearCues_IsPerYear(string text)
    {
        Assert.Equal(ComputationKind.PerYear, Detect(text));
    }

    [Theory]
    [InlineData("acme in a year")]
    [InlineData("acme a year 2025")]
    [InlineData("a year")]
    [InlineData("acme per")]
    [InlineData("year per")]
    [InlineData("acme a")]
    public void Detect_YearWithoutDistribution_IsNoPerYear(string text)
    {
        Assert.Null(Detect(text));
    }

    [Theory]
    [InlineData("remaining")]
    [InlineData("what is left")]
    [InlineData("restbudget")]
    public void Detect_RemainderCues_IsRemainder(string text)
    {
        Assert.Equal(ComputationKind.Remainder, Detect(text));
    }

    [Fact]
    public void Detect_LooseRemainderWordWithoutQuestion_IsNoRemainder()
    {
        Assert.Null(Detect("acme left the partnership"));
    }

    [Theory]
    [InlineData("grow", ComputationKind.Change)]
    [InlineData("grow percent", ComputationKind.PercentChange)]
    [InlineData("grow percent billion", ComputationKind.Change)]
    [InlineData("percent more", ComputationKind.PercentChange)]
    [InlineData("percent more share", ComputationKind.Share)]
    [InlineData("minus", ComputationKind.Difference)]
    public void Detect_SeveralFiguresCompared_ChangeOrDifference(string text, ComputationKind expected)
    {
        Assert.Equal(expected, Detect(text, comparesSeveral: true));
    }

    [Theory]
    [InlineData("grow")]
    [InlineData("minus")]
    [InlineData("rate more")]
    [InlineData("share")]
    [InlineData("how much")]
    [InlineData("more")]
    [InlineData("acme")]
    public void Detect_OneFigure_NoPairwiseCalculation(string text)
    {
        Assert.Null(Detect(text));
    }

    [Theory]
    [InlineData("grow percent", ComputationKind.Share)]
    [InlineData("rate more", null)]
    public void Detect_PercentOfOneFigure_IsNoChange(string text, ComputationKind? expected)
    {
        Assert.Equal(expected, Detect(text));
    }

    [Theory]
    [InlineData("share", true)]
    [InlineData("what share", false)]
    [InlineData("welcher anteil", false)]
    [InlineData("percent", false)]
    public void Detect_ShareOfAPartOrAsked_IsShare(string text, bool namesPart)
    {
        Assert.Equal(ComputationKind.Share, Detect(text, namesPart: namesPart));
    }

    [Theory]
    [InlineData("difference")]
    [InlineData("how much more")]
    [InlineData("by how much")]
    [InlineData("um wie viel")]
    public void Detect_DifferenceCues_IsDifference(string text)
    {
        Assert.Equal(ComputationKind.Difference, Detect(text));
    }

    [Theory]
    [InlineData("acme bigger", FigurePreference.Largest)]
    [InlineData("acme smallest", FigurePreference.Smallest)]
    [InlineData("acme groesseres", FigurePreference.Largest)]
    [InlineData("acme fruehesten", FigurePreference.Earliest)]
    [InlineData("acme kleinere spaetere", FigurePreference.Smallest)]
    [InlineData("acme groesser", null)]
    [InlineData("acme groesserx", null)]
    [InlineData("acme", null)]
    public void Preference_FirstSizeOrOrderWord_IsPreferred(string text, FigurePreference? expected)
    {
        var tokens = Tokens(text);

        Assert.Equal(expected, ComputationCues.Preference(tokens, new bool[tokens.Count], VocabularyIndex.Default));
    }

    [Fact]
    public void Preference_ConsumedWords_AreSkipped()
    {
        var tokens = Tokens("first quarter later");

        Assert.Equal(FigurePreference.Latest, ComputationCues.Preference(tokens, [true, true, false], VocabularyIndex.Default));
    }

    [Theory]
    [InlineData("groessere", FigurePreference.Largest)]
    [InlineData("hoechsten", FigurePreference.Largest)]
    [InlineData("aelteres", FigurePreference.Earliest)]
    [InlineData("erste", FigurePreference.Earliest)]
    [InlineData("later", FigurePreference.Latest)]
    [InlineData("groesser", null)]
    [InlineData("groesst", null)]
    [InlineData("acme", null)]
    public void PreferenceOf_InflectedDegreeOrPreferenceWord_IsItsPreference(string token, FigurePreference? expected)
    {
        Assert.Equal(expected, ComputationCues.PreferenceOf(token, VocabularyIndex.Default));
    }
}
