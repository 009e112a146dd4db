using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using static ChatBot.Core.Tests.Support.SmallKnowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Answers;

/// <summary>Rankings of companies by their spending figure for a year, on a fixture of three companies.</summary>
public class RankingComposerTests
{
    [Fact]
    public void Compose_Year_RanksCompaniesByTheirLargestFigureLargestFirst()
    {
        var answer = Ask("Who invests the most in 2025?", Spending("acme", 50), Spending("acme", 120, kind: FactKind.Investment), Spending("beta", 80), Spending("gamma", 100));

        Assert.Equal(AnswerKind.Ranking, answer.Kind);
        Assert.True(answer.Answered);
        Assert.Equal("Who invests the most in AI? (2025)", answer.Headline);
        var items = Assert.Single(answer.Sections).Items;
        Assert.Equal(["1. Acme", "2. Gamma", "3. Beta"], items.Select(i => i.Label));
        Assert.Equal(["$120 billion", "$100 billion", "$80 billion"], items.Select(i => i.Figure));
        Assert.Empty(answer.Notes);
    }

    [Fact]
    public void Compose_Ascending_RanksSmallestFirst()
    {
        var answer = Ask("Who invests the least in 2025?", Spending("acme", 50), Spending("beta", 80), Spending("gamma", 100));

        Assert.Equal("Who invests the least in AI? (2025)", answer.Headline);
        Assert.Equal(["1. Acme", "2. Beta", "3. Gamma"], Assert.Single(answer.Sections).Items.Select(i => i.Label));
    }

    [Fact]
    public void Compose_OtherCurrencyAndOtherYear_AreLeftOutAndNamed()
    {
        var answer = Ask("Who invests the most in 2025?", Spending("acme", 50), Spending("beta", 80, currency: "EUR"), Spending("gamma", 100, year: 2024));

        Assert.Equal(["1. Acme"], Assert.Single(answer.Sections).Items.Select(i => i.Label));
        Assert.Contains("No figure for this period: Beta and Gamma.", answer.Notes);
    }

    [Fact]
    public void Compose_NonSpendingAndNonCompanyFigures_AreNotRanked()
    {
        var answer = Ask(
            "Who invests the most in 2025?",
            Spending("acme", 50),
            Spending("beta", 500, kind: FactKind.Deal),
            Spending("ruritania", 900, kind: FactKind.Investment));

        Assert.Equal(["1. Acme"], Assert.Single(answer.Sections).Items.Select(i => i.Label));
        Assert.DoesNotContain(answer.Notes, n => n.StartsWith("No figure", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_NoYearAsked_UsesTheYearMostCompaniesHaveAndSaysSo()
    {
        var answer = Ask(
            "Who invests the most?",
            Spending("acme", 50, year: 2024),
            Spending("beta", 80, year: 2024),
            Spending("gamma", 100, year: 2025),
            Spending("acme", 70, year: 2023));

        Assert.Equal("Who invests the most in AI? (2024)", answer.Headline);
        Assert.Equal(["1. Beta", "2. Acme"], Assert.Single(answer.Sections).Items.Select(i => i.Label));
        Assert.Contains("With no year given, I compare 2024, the year with the most figures.", answer.Notes);
        Assert.Contains("No figure for this period: Gamma.", answer.Notes);
    }

    [Fact]
    public void Compose_EqualCoverage_PrefersTheLaterYear()
    {
        var answer = Ask("Who invests the most?", Spending("acme", 50, year: 2024), Spending("beta", 80, year: 2025));

        Assert.Equal("Who invests the most in AI? (2025)", answer.Headline);
    }

    [Fact]
    public void Compose_NoSpendingFigures_IsNotAnswered()
    {
        var answer = Ask("Who invests the most in 2025?", Spending("acme", 50, year: 2024));

        Assert.False(answer.Answered);
        Assert.Equal(AnswerKind.Ranking, answer.Kind);
        Assert.Equal("I have no comparable investment figures for 2025.", answer.Headline);
        Assert.Empty(answer.Sections);
    }

    [Fact]
    public void Compose_NoFiguresAtAll_IsNotAnswered()
    {
        var answer = Ask("Who invests the most?");

        Assert.False(answer.Answered);
        Assert.Equal(AnswerKind.Ranking, answer.Kind);
    }

    [Fact]
    public void Compose_FiscalAndCalendarYears_AddsTheFiscalNote()
    {
        var fiscal = Spending("beta", 80) with { Period = new Period(PeriodKind.FiscalYear, 2025, FromYear: 2024, ToYear: 2025) };

        var answer = Ask("Who invests the most in 2025?", Spending("acme", 50), fiscal);

        Assert.Equal(["1. Beta", "2. Acme"], Assert.Single(answer.Sections).Items.Select(i => i.Label));
        Assert.Contains("Some figures are for a fiscal year, others for a calendar year.", answer.Notes);
    }

    [Fact]
    public void Compose_Group_RanksOnlyItsMembers()
    {
        var knowledge = SmallKnowledge.With(Spending("acme", 50), Spending("beta", 80), Spending("gamma", 100));
        var trio = knowledge.FindSubject("trio")! with { Members = ["acme", "beta"] };
        knowledge = new KnowledgeBase(knowledge.Sources, knowledge.Topics, [.. knowledge.Subjects.Where(s => s.Id != "trio"), trio], knowledge.Facts, "small");

        var answer = SmallKnowledge.Engine(knowledge).Ask(knowledge, "Who in the trio invests the most in 2025?");

        Assert.Equal(AnswerKind.Ranking, answer.Kind);
        Assert.Equal(["1. Beta", "2. Acme"], Assert.Single(answer.Sections).Items.Select(i => i.Label));
        Assert.DoesNotContain(answer.Notes, n => n.Contains("Gamma", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_Quarter_RanksQuarterFiguresAndNamesTheOthers()
    {
        var quarter = Spending("acme", 20) with { Period = new Period(PeriodKind.Quarter, 2025, 1, 2025, 2025) };
        var otherQuarter = Spending("gamma", 30) with { Id = "gamma-q2", Period = new Period(PeriodKind.Quarter, 2025, 2, 2025, 2025) };

        var answer = Ask("Who invests the most in Q1 2025?", quarter, otherQuarter, Spending("beta", 80));

        Assert.True(answer.Answered);
        Assert.Equal(["1. Acme"], Assert.Single(answer.Sections).Items.Select(i => i.Label));
        Assert.Contains("No figure for this period: Beta.", answer.Notes);
    }

    [Fact]
    public void Compose_Topic_RanksFiguresOfTheTopicsKindOnly()
    {
        var answer = Ask(
            "Who spends the most on data centers in 2025?",
            Spending("acme", 50, kind: FactKind.DataCenters),
            Spending("beta", 80, kind: FactKind.DataCenters),
            Spending("gamma", 100),
            Spending("gamma", 200, currency: "EUR", kind: FactKind.DataCenters));

        Assert.Equal(["1. Beta", "2. Acme"], Assert.Single(answer.Sections).Items.Select(i => i.Label));
    }

    [Fact]
    public void Compose_MoreThanTenCompanies_ShowsTheTopTen()
    {
        var knowledge = SmallKnowledge.With();
        var companies = Enumerable.Range(1, 11).Select(i => new Subject($"firm-{i}", TestFacts.Text($"Firm {i}", $"Firm {i}"), SubjectKind.Company, [$"Firm {i}"], [])).ToList();
        var facts = companies.Select((c, i) => Spending(c.Id, i + 1)).ToList();
        knowledge = new KnowledgeBase(knowledge.Sources, knowledge.Topics, [.. knowledge.Subjects, .. companies], facts, "small");

        var answer = SmallKnowledge.Engine(knowledge).Ask(knowledge, "Who invests the most in 2025?");

        var items = Assert.Single(answer.Sections).Items;
        Assert.Equal(10, items.Count);
        Assert.Equal("1. Firm 11", items[0].Label);
        Assert.Equal("10. Firm 2", items[^1].Label);
    }

    [Fact]
    public void Compose_German_UsesGermanHeadline()
    {
        var answer = Ask("Wer investiert 2025 am meisten?", Spending("acme", 50), Spending("beta", 80));

        Assert.Equal("Wer investiert am meisten in KI? (2025)", answer.Headline);
        Assert.Equal(["1. Beta", "2. Acme"], Assert.Single(answer.Sections).Items.Select(i => i.Label));
    }

    [Fact]
    public void Compose_QuarterWithSeveralLeftOut_NamesThemInIdOrder()
    {
        var quarter = Spending("beta", 20) with { Period = new Period(PeriodKind.Quarter, 2025, 1, 2025, 2025) };

        var answer = Ask("Who invests the most in Q1 2025?", quarter, Spending("acme", 80), Spending("gamma", 70));

        Assert.Contains("No figure for this period: Acme and Gamma.", answer.Notes);
    }

    [Fact]
    public void Compose_QuarterDeal_IsNotRanked()
    {
        var quarter = Spending("acme", 20) with { Period = new Period(PeriodKind.Quarter, 2025, 1, 2025, 2025) };
        var deal = Spending("beta", 500, kind: FactKind.Deal) with { Period = new Period(PeriodKind.Quarter, 2025, 1, 2025, 2025) };

        var answer = Ask("Who invests the most in Q1 2025?", quarter, deal);

        Assert.Equal(["1. Acme"], Assert.Single(answer.Sections).Items.Select(i => i.Label));
    }
}
