using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>Assembling an answer: citation numbers, lines, notes and leads, the headline's capital letter.</summary>
public sealed class AnswerBuilderTests
{
    private static readonly Fact First = SmallKnowledge.Spending("acme", 10);
    private static readonly Fact Second = SmallKnowledge.Spending("beta", 20) with { SourceId = "article-2" };
    private static readonly Fact Unknown = SmallKnowledge.Spending("gamma", 5) with { SourceId = "gone" };

    [Fact]
    public void CitationsOf_SourcesInOrderOfFirstUse_NumberedFromOne()
    {
        var builder = Builder();

        Assert.Equal([1], builder.CitationsOf([Second]));
        Assert.Equal([2, 1], builder.CitationsOf([First, Second, First]));
        Assert.Equal([3], builder.CitationsOf([Unknown]));
        var answer = builder.Build(AnswerKind.Figures, true, "h");
        Assert.Equal([(1, "article-2"), (2, "article-1"), (3, "gone")], answer.Sources.Select(s => (s.Number, s.Source.Id)));
        Assert.Equal(SmallKnowledge.Article2, answer.Sources[0].Source);
        Assert.Equal(new Source("gone", null, null, null, null, null, null), answer.Sources[2].Source);
    }

    [Fact]
    public void Line_Facts_FigurePeriodStatementCitationsAndQuotesAsAsked()
    {
        var builder = Builder(wantsQuotes: true);

        var line = builder.Line([First, Second], "Label");

        Assert.Equal(("Label", "$10 billion", "2025", "acme 10"), (line.Label, line.Figure, line.Period, line.Text));
        Assert.Equal([First, Second], line.Facts);
        Assert.Equal([1, 2], line.SourceNumbers);
        Assert.True(line.ShowQuotes);
    }

    [Fact]
    public void Line_FactWithoutAmount_NoFigure()
    {
        var line = Builder().Line([TestFacts.Fact(statement: "a note")], null);

        Assert.Null(line.Figure);
        Assert.Null(line.Label);
        Assert.False(line.ShowQuotes);
        Assert.Equal("period not stated", line.Period);
    }

    [Fact]
    public void Lines_LabelSubjectsAndLimit_OneLinePerFigureUpToTheLimit()
    {
        var builder = Builder();
        var third = SmallKnowledge.Spending("gamma", 30);

        var labelled = builder.Lines([First, Second, third], labelSubjects: true, limit: 2);
        var plain = builder.Lines([First], labelSubjects: false);

        Assert.Equal(["Acme", "Beta"], labelled.Select(l => l.Label));
        Assert.Null(Assert.Single(plain).Label);
    }

    [Fact]
    public void Build_NotesLeadsAndEmptySections_DeduplicatedAndDropped()
    {
        var builder = Builder();
        builder.Note("n1");
        builder.Note("n2");
        builder.Note("n1");
        builder.Lead("l1");
        builder.Lead("l1");
        builder.Lead("l2");
        builder.Section("empty", []);
        builder.Section("full", [builder.Line([First], null)]);

        var answer = builder.Build(AnswerKind.Comparison, false, "headline");

        Assert.Equal(["n1", "n2"], answer.Notes);
        Assert.Equal(["l1", "l2"], answer.Lead);
        Assert.Equal(["full"], answer.Sections.Select(s => s.Title));
        Assert.Equal(AnswerKind.Comparison, answer.Kind);
        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("headline", "Headline")]
    [InlineData("Headline", "Headline")]
    [InlineData("über", "Über")]
    [InlineData("1 headline", "1 headline")]
    [InlineData("h", "H")]
    [InlineData("", "")]
    public void Build_Headline_FirstLetterCapitalised(string headline, string expected) =>
        Assert.Equal(expected, Builder().Build(AnswerKind.Figures, true, headline).Headline);

    [Fact]
    public void Build_ComputedFigures_RecordedInOrder()
    {
        var builder = Builder();
        var one = new ComputedFigure(ComputationKind.Sum, TestFacts.Money(1), Bounds.Exactly(1), "$1 billion", [First], false);
        var two = one with { Operation = ComputationKind.Difference };
        builder.Computed(one);
        builder.Computed(two);

        Assert.Equal([one, two], builder.Build(AnswerKind.Computed, true, "h").Computed);
    }

    [Fact]
    public void NameOf_UnknownSubjectId_TheIdItself()
    {
        var builder = Builder(Language.German);

        Assert.Equal("Ruritanien", builder.NameOf("ruritania"));
        Assert.Equal("nowhere", builder.NameOf("nowhere"));
        Assert.Same(PhraseBooks.German.Answers, builder.Phrases);
        Assert.Same(PhraseBooks.German.Computation, builder.Computation);
        Assert.Same(PhraseBooks.German.Figures, builder.Figures);
        Assert.Same(PhraseBooks.German.Periods, builder.Periods);
    }

    private static AnswerBuilder Builder(Language? language = null, bool wantsQuotes = false) =>
        new(SmallKnowledge.With(First, Second, Unknown), new Query("q", language ?? Language.English, QueryIntent.Figures, [], [], PeriodFilter.None, [], WantsQuotes: wantsQuotes), PhraseBooks.Default);
}
