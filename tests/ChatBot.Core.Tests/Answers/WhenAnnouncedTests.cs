using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Answers;

public class WhenAnnouncedTests
{
    private const string Quote = "Acme will 2025 rund 12 Milliarden Dollar investieren.";
    private const string QuoteWithMonth = "Im März 2025 sagte Acme, man werde 2025 rund 12 Milliarden Dollar investieren.";

    [Theory]
    [InlineData("When did Acme announce the 12 billion?", "2025-01", Quote, "Announced: January 2025 (as the source states).")]
    [InlineData("Wann hat Acme die 12 Milliarden angekündigt?", "2025-01", Quote, "Bekannt gegeben: Januar 2025 (laut Quelle).")]
    [InlineData("When did Acme announce its investment?", "2024-11-05", Quote, "Announced: 5 November 2024 (as the source states).")]
    [InlineData("Wann hat Acme die Investition angekündigt?", "2024-11-05", Quote, "Bekannt gegeben: 5. November 2024 (laut Quelle).")]
    [InlineData("When did Acme announce the 12 billion?", "2025-01", QuoteWithMonth, "Announced: January 2025 (as the source states).")]
    [InlineData("Wann hat Acme die 12 Milliarden angekündigt?", "2025-01", QuoteWithMonth, "Bekannt gegeben: Januar 2025 (laut Quelle).")]
    [InlineData("When did Acme announce the 12 billion?", null, QuoteWithMonth, "When: March 2025 (as the source states).")]
    [InlineData("Wann hat Acme die 12 Milliarden angekündigt?", null, QuoteWithMonth, "Wann: März 2025 (laut Quelle).")]
    public void Ask_WhenQuestion_LeadsWithAnnouncedElseTheQuotesMonth(string question, string? announced, string quote, string expectedLead)
    {
        var answer = EngineFor(announced, quote).Ask(question);

        Assert.Equal(expectedLead, answer.Lead[0]);
        Assert.Equal("acme-2025", Assert.Single(answer.Facts).Id);
    }

    [Theory]
    [InlineData("When did Acme announce the 12 billion?")]
    [InlineData("Wann hat Acme die 12 Milliarden angekündigt?")]
    public void Ask_WhenQuestionWithoutAnyStatedDate_HasNoDateLead(string question)
    {
        var answer = EngineFor(null, Quote).Ask(question);

        Assert.DoesNotContain(answer.Lead, line => line.StartsWith("When", StringComparison.Ordinal)
            || line.StartsWith("Wann", StringComparison.Ordinal) || line.Contains("nnounced", StringComparison.Ordinal)
            || line.StartsWith("Bekannt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("How much does Acme invest?")]
    [InlineData("Wie viel investiert Acme?")]
    public void Ask_NotAWhenQuestion_AnnouncedChangesNothing(string question)
    {
        var with = PlainTextRenderer.Render(EngineFor("2025-01", Quote).Ask(question));
        var without = PlainTextRenderer.Render(EngineFor(null, Quote).Ask(question));

        Assert.Equal(without, with);
    }

    private static AnswerEngine EngineFor(string? announced, string quote)
    {
        var fact = KnowledgeYaml.ValidFact.Replace(Quote, quote, StringComparison.Ordinal);
        if (announced is not null)
        {
            fact = fact.Replace("    period: { year: 2025 }\n", $"    period: {{ year: 2025 }}\n    announced: {announced}\n", StringComparison.Ordinal);
        }

        var result = KnowledgeLoader.Load(KnowledgeYaml.With(fact), "k.yaml");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return new AnswerEngine(new KnowledgeStore(result.Knowledge!), new QuestionParser(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero))));
    }
}
