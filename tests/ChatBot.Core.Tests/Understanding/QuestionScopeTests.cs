using ChatBot.Core.Text;
using ChatBot.Core.Understanding;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>Negated phrases, numbers asked or named as context, "when" and "whole" words, with the default vocabularies.</summary>
public class QuestionScopeTests
{
    private static readonly VocabularyIndex Words = VocabularyIndex.Default;

    private static IReadOnlyList<string> Tokens(string text) => Tokenizer.Tokenize(TextFolding.Fold(text));

    private static (IReadOnlyList<decimal> All, IReadOnlyList<decimal> Context) Numbers(string text)
    {
        var tokens = Tokens(text);
        return QuestionScope.Numbers(tokens, new bool[tokens.Count], Words);
    }

    [Theory]
    [InlineData("nicht", true)]
    [InlineData("rather", true)]
    [InlineData("but", true)]
    [InlineData("whole", true)]
    [InlineData("nur", true)]
    [InlineData("acme", false)]
    [InlineData("2025", false)]
    public void IsScopeWord_NegationsContrastsWholeAndRestrictions(string token, bool expected)
    {
        Assert.Equal(expected, QuestionScope.IsScopeWord(token, Words));
    }

    [Theory]
    [InlineData("acme not the us share", new[] { false, false, true, true, true })]
    [InlineData("not a b c d e f", new[] { false, true, true, true, true, true, false })]
    [InlineData("not acme but globex", new[] { false, true, false, false })]
    [InlineData("nicht acme sondern globex", new[] { false, true, false, false })]
    [InlineData("not the share the whole year", new[] { false, true, true, true, false, false })]
    [InlineData("acme globex", new[] { false, false })]
    public void Negated_MarksTheWordsAfterANegationUpToItsEnd(string text, bool[] expected)
    {
        Assert.Equal(expected, QuestionScope.Negated(Tokens(text), Words));
    }

    [Fact]
    public void Negated_NegationAtTheEnd_MarksNothing()
    {
        Assert.DoesNotContain(true, QuestionScope.Negated(Tokens("acme not"), Words));
    }

    [Theory]
    [InlineData("acme 600", 600)]
    [InlineData("acme 14bn", 14)]
    [InlineData("acme 109 mrd", 109)]
    [InlineData("acme 109mrd", 109)]
    [InlineData("acme 300b", 300)]
    [InlineData("acme 123456", 123456)]
    [InlineData("acme 3000", 3000)]
    [InlineData("acme 0", 0)]
    public void Numbers_AmountWithOptionalScale_IsAsked(string text, int number)
    {
        var (all, context) = Numbers(text);

        Assert.Equal([(decimal)number], all);
        Assert.Empty(context);
    }

    [Theory]
    [InlineData("acme 2025")]
    [InlineData("acme 1999")]
    [InlineData("acme 1234567")]
    [InlineData("acme 14xyz")]
    [InlineData("acme fy25")]
    public void Numbers_YearsLongNumbersAndUnknownSuffixes_AreNoAmounts(string text)
    {
        Assert.Empty(Numbers(text).All);
    }

    [Fact]
    public void Numbers_Repeated_AreListedOnce()
    {
        var (all, context) = Numbers("600 or 600 or 5 but 600 and 5");

        Assert.Equal([600m, 5m], all);
        Assert.Equal([600m, 5m], context);
    }

    [Fact]
    public void Numbers_Consumed_AreSkipped()
    {
        var tokens = Tokens("acme 600 700");

        var (all, _) = QuestionScope.Numbers(tokens, [false, true, false], Words);

        Assert.Equal([700m], all);
    }

    [Theory]
    [InlineData("someone said 600 but what about 700", new[] { 600 })]
    [InlineData("600 and 2025", new[] { 600 })]
    [InlineData("600 und wie", new[] { 600 })]
    [InlineData("600 and 700", new int[0])]
    [InlineData("600 and", new int[0])]
    [InlineData("but 600", new int[0])]
    public void Numbers_BeforeAContrastOrAFollowUp_AreContext(string text, int[] context)
    {
        Assert.Equal(context.Select(n => (decimal)n), Numbers(text).Context);
    }

    [Theory]
    [InlineData("when did acme invest", true)]
    [InlineData("wann", true)]
    [InlineData("which month did acme invest", true)]
    [InlineData("month which", true)]
    [InlineData("which year", false)]
    [InlineData("acme month", false)]
    [InlineData("how much", false)]
    public void AsksWhen_WhenWordsOrAllWordsOfASet(string text, bool expected)
    {
        Assert.Equal(expected, QuestionScope.AsksWhen(Tokens(text), Words));
    }

    [Theory]
    [InlineData("acme whole year", true)]
    [InlineData("acme insgesamt", true)]
    [InlineData("not the us share, the total", true)]
    [InlineData("acme nicht der anteil", false)]
    public void PrefersWhole_WholeWordsOutsideNegations(string text, bool expected)
    {
        var tokens = Tokens(text);

        Assert.Equal(expected, QuestionScope.PrefersWhole(tokens, QuestionScope.Negated(tokens, Words), Words));
    }
}
