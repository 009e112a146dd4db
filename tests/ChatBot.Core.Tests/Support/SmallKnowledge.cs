using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Support;

/// <summary>
/// A knowledge of three companies (Acme, Beta, Gamma), a group of all three and a country, with only the facts a
/// test gives: engine-logic tests on a fixture of their own, independent of the curated files.
/// </summary>
internal static class SmallKnowledge
{
    public static readonly Source Article1 = new("article-1", "Acme baut aus", "Example Times", null, new DateOnly(2025, 2, 1), null, "a1.txt");

    public static readonly Source Article2 = new("article-2", "Beta legt nach", "Example Post", null, new DateOnly(2025, 3, 1), null, "a2.txt");

    public static KnowledgeBase With(params Fact[] facts) => new(
        [Article1, Article2],
        [TestFacts.Topic("data-centers", FactKind.DataCenters) with { Terms = ["rechenzentr", "data center"] }],
        [Company("acme", "Acme"), Company("beta", "Beta"), Company("gamma", "Gamma"),
         new Subject("trio", TestFacts.Text("Das Trio", "the trio"), SubjectKind.Group, ["trio"], ["acme", "beta", "gamma"]),
         new Subject("ruritania", TestFacts.Text("Ruritanien", "Ruritania"), SubjectKind.Country, [], [])],
        facts,
        "small");

    public static AnswerEngine Engine(KnowledgeBase knowledge) =>
        new(new KnowledgeStore(knowledge), new QuestionParser(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero))));

    public static Answer Ask(string question, params Fact[] facts)
    {
        var knowledge = With(facts);
        return Engine(knowledge).Ask(knowledge, question);
    }

    /// <summary>A 2025 spending figure (billions) of a company, stated in article-1.</summary>
    public static Fact Spending(string subject, decimal min, decimal? max = null, Qualifier qualifier = Qualifier.Exact, string currency = "USD", int year = 2025, FactKind kind = FactKind.Capex) =>
        TestFacts.Fact(
            id: $"{subject}-{year}-{min}-{kind}-{currency}".ToLowerInvariant(),
            subject: subject,
            kind: kind,
            amount: TestFacts.Money(min, max, currency, qualifier: qualifier),
            period: TestFacts.Year(year),
            statement: $"{subject} {min}",
            quote: $"{subject} {min}");

    private static Subject Company(string id, string name) => new(id, TestFacts.Text(name, name), SubjectKind.Company, [name], []);
}
