using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using static ChatBot.Core.Tests.Support.SmallKnowledge;

namespace ChatBot.Core.Tests.Answers;

/// <summary>Which figure is higher is said only when that is certain; on a fixture of three companies.</summary>
public class ComparisonComposerTests
{
    private const string Question = "Compare Acme and Beta in 2025";
    private const string Overlap = "The ranges overlap; neither figure is clearly higher.";

    [Fact]
    public void Compose_BothFigures_ListsEachSideWithHeadline()
    {
        var answer = Ask(Question, Spending("acme", 100), Spending("beta", 80));

        Assert.Equal(AnswerKind.Comparison, answer.Kind);
        Assert.True(answer.Answered);
        Assert.Equal("Comparison: Acme and Beta", answer.Headline);
        var items = Assert.Single(answer.Sections).Items;
        Assert.Equal(["Acme", "Beta"], items.Select(i => i.Label));
        Assert.Equal(["$100 billion", "$80 billion"], items.Select(i => i.Figure));
    }

    [Theory]
    [InlineData(100, null, Qualifier.Exact, 80, null, Qualifier.Exact, "Acme")]
    [InlineData(80, null, Qualifier.Exact, 100, null, Qualifier.Exact, "Beta")]
    [InlineData(100, null, Qualifier.MoreThan, 80, null, Qualifier.Around, "Acme")]
    [InlineData(70, 75, Qualifier.Exact, 60, 65, Qualifier.Exact, "Acme")]
    [InlineData(100, null, Qualifier.Around, 80, null, Qualifier.UpTo, "Acme")]
    [InlineData(100, null, Qualifier.Almost, 80, null, Qualifier.Exact, "Acme")]
    public void Compose_ClearlyHigher_NamesTheHigherSide(int acmeMin, int? acmeMax, Qualifier acmeQualifier, int betaMin, int? betaMax, Qualifier betaQualifier, string higher)
    {
        var answer = Ask(Question, Spending("acme", acmeMin, acmeMax, acmeQualifier), Spending("beta", betaMin, betaMax, betaQualifier));

        Assert.Contains($"{higher} has the higher figure.", answer.Notes);
        Assert.DoesNotContain(Overlap, answer.Notes);
    }

    [Theory]
    [InlineData(60, 65, Qualifier.Exact, 64, null, Qualifier.Around)]
    [InlineData(80, 100, Qualifier.Exact, 80, null, Qualifier.Exact)]
    [InlineData(100, null, Qualifier.Possibly, 80, null, Qualifier.Exact)]
    [InlineData(100, null, Qualifier.UpTo, 80, null, Qualifier.Exact)]
    [InlineData(100, null, Qualifier.Exact, 80, null, Qualifier.MoreThan)]
    public void Compose_NotCertainlyHigher_SaysTheRangesOverlap(int acmeMin, int? acmeMax, Qualifier acmeQualifier, int betaMin, int? betaMax, Qualifier betaQualifier)
    {
        var answer = Ask(Question, Spending("acme", acmeMin, acmeMax, acmeQualifier), Spending("beta", betaMin, betaMax, betaQualifier));

        Assert.Contains(Overlap, answer.Notes);
        Assert.DoesNotContain(answer.Notes, n => n.Contains("higher figure", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_DifferentCurrencies_GivesNoVerdictButSaysSo()
    {
        var answer = Ask(Question, Spending("acme", 100), Spending("beta", 80, currency: "EUR"));

        Assert.Contains("The figures are in different currencies and not directly comparable.", answer.Notes);
        Assert.DoesNotContain(Overlap, answer.Notes);
        Assert.DoesNotContain(answer.Notes, n => n.Contains("higher figure", StringComparison.Ordinal));
        Assert.True(answer.Answered);
    }

    [Fact]
    public void Compose_OneSideWithoutFigure_KeepsItsLineAndIsNotAnswered()
    {
        var answer = Ask(Question, Spending("acme", 100));

        Assert.False(answer.Answered);
        var items = Assert.Single(answer.Sections).Items;
        Assert.Equal("Beta", items[1].Label);
        Assert.Null(items[1].Figure);
        Assert.Equal("no comparable investment figure", items[1].Text);
        Assert.DoesNotContain(answer.Notes, n => n.Contains("higher figure", StringComparison.Ordinal) || n == Overlap);
    }

    [Fact]
    public void Compose_ThreeSides_HeadlineJoinsAllButTheLastWithCommas()
    {
        var answer = Ask("Compare Acme, Beta and Gamma in 2025", Spending("acme", 10), Spending("beta", 30), Spending("gamma", 20));

        Assert.Equal("Comparison: Acme, Beta and Gamma", answer.Headline);
        Assert.Contains("Beta has the higher figure.", answer.Notes);
    }

    [Fact]
    public void Compose_German_UsesGermanVerdict()
    {
        var answer = Ask("Vergleiche Acme und Beta 2025", Spending("acme", 100), Spending("beta", 80));

        Assert.Equal("Vergleich: Acme und Beta", answer.Headline);
        Assert.Contains("Acme nennt die höhere Zahl.", answer.Notes);
    }
}
