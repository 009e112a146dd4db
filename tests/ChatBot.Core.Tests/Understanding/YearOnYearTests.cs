using ChatBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>A change asked of one subject in one year compares that year with the one before.</summary>
public sealed class YearOnYearTests
{
    private static readonly QuestionParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)));

    private static Query Parse(string question) => Parser.Parse(question, CuratedKnowledge.Knowledge);

    [Theory]
    [InlineData("um wie viel wächst amazons ki-budget im jahr 2025")]
    [InlineData("How much did Amazon's AI spending increase in 2025?")]
    [InlineData("Wie stark ist Metas Budget 2025 gestiegen?")]
    public void Parse_ChangeInOneYear_ComparesWithTheYearBefore(string question)
    {
        var query = Parse(question);

        Assert.Equal([2024, 2025], query.Period.Years);
        Assert.Equal(ComputationKind.Change, query.Computation);
    }

    [Theory]
    [InlineData("Wann hat Zuckerberg das Budget für 2025 erhöht?")]
    [InlineData("How much did Azure grow in 2025?")]
    [InlineData("Wie viel investiert Amazon 2025?")]
    [InlineData("Um wie viel wachsen Amazon und Meta 2025?")]
    [InlineData("Um wie viel wächst Alphabets Budget im ersten Quartal 2025?")]
    public void Parse_NoChangeOfOneSubjectInOneYearOrChangeStated_KeepsTheYear(string question)
    {
        var query = Parse(question);

        Assert.Equal([2025], query.Period.Years);
    }
}
