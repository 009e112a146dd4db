using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// Computed answers on the small knowledge, asked as queries built by hand: the computed line (label, figure,
/// explanation, citations), the inputs that follow it, and the notes on periods, currencies and qualifiers.
/// </summary>
public sealed class ComputationComposerTests
{
    private static readonly Subject Acme = Find("acme");
    private static readonly Subject Beta = Find("beta");
    private static readonly Subject Gamma = Find("gamma");
    private static readonly Subject Trio = Find("trio");

    [Fact]
    public void Sum_TwoSubjects_ComputedLineThenInputs()
    {
        var answer = Answer(Ask(ComputationKind.Sum, Acme, Beta), Spend("acme", 10), Spend("beta", 20, source: "article-2"));

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.True(answer.Answered);
        Assert.Equal("Acme and Beta: combined (computed)", answer.Headline);
        var computed = answer.Sections[0].Items.Single();
        Assert.Equal("Computed", computed.Label);
        Assert.Equal("$30 billion", computed.Figure);
        Assert.Null(computed.Period);
        Assert.Equal("sum of Acme and Beta; computed by me, no source states it", computed.Text);
        Assert.Equal([1, 2], computed.SourceNumbers);
        Assert.Equal("Computed from", answer.Sections[1].Title);
        Assert.Equal(["Acme", "Beta"], answer.Sections[1].Items.Select(i => i.Label));
        Assert.Equal(ComputationKind.Sum, Assert.Single(answer.Computed).Operation);
        Assert.Empty(answer.Notes);
    }

    [Fact]
    public void Sum_DifferentCurrencies_NotAddedAndSaysWhy()
    {
        var answer = Answer(Ask(ComputationKind.Sum, Acme, Beta), Spend("acme", 10), Spend("beta", 20, currency: "EUR"));

        Assert.True(answer.Answered);
        Assert.Empty(answer.Computed);
        Assert.Equal(["Acme", "Beta"], Assert.Single(answer.Sections).Items.Select(i => i.Label));
        Assert.Equal(
            ["Acme and Beta are in different currencies; they cannot be compared without an exchange rate the sources do not give, so I do not convert them."],
            answer.Notes);
    }

    [Fact]
    public void Sum_OneSideMissing_NoTotalUnanswered()
    {
        var answer = Answer(Ask(ComputationKind.Sum, Acme, Gamma), Spend("acme", 10));

        Assert.False(answer.Answered);
        Assert.Empty(answer.Computed);
        var items = Assert.Single(answer.Sections).Items;
        Assert.Equal("no comparable investment figure", items[1].Text);
        Assert.Equal(["These figures cannot be added up."], answer.Notes);
    }

    [Fact]
    public void Sum_DifferentPeriodsOfDifferentSubjects_NoteNamesThem()
    {
        var answer = Answer(Ask(ComputationKind.Sum, Acme, Beta), Spend("acme", 10, year: 2024), Spend("beta", 20));

        Assert.Contains("Note: the figures cover different periods (2024 / 2025), so the calculation compares unlike periods.", answer.Notes);
    }

    [Fact]
    public void Sum_FiscalAndCalendarYear_FiscalNote()
    {
        var fiscal = Spend("acme", 10) with { Period = new Period(PeriodKind.FiscalYear, 2025) };

        var answer = Answer(Ask(ComputationKind.Sum, Acme, Beta), fiscal, Spend("beta", 20));

        Assert.Contains("Note: the periods differ (fiscal year 2025 / 2025); a fiscal year is not a calendar year, so the result is only an approximation.", answer.Notes);
        Assert.DoesNotContain("Note: the figures cover different periods (fiscal year 2025 / 2025), so the calculation compares unlike periods.", answer.Notes);
    }

    [Fact]
    public void Sum_PossibleFigure_ResultOnlyPossible()
    {
        var answer = Answer(Ask(ComputationKind.Sum, Acme, Beta), Spend("acme", 10, qualifier: Qualifier.Possibly), Spend("beta", 20));

        Assert.Equal("possibly $30 billion", answer.Sections[0].Items[0].Figure);
        Assert.Equal(["At least one input is only possible (\"possibly\"), so the result is too."], answer.Notes);
    }

    [Fact]
    public void Sum_MoreThanAndAround_MoreThanWithTheApproximateNote()
    {
        var answer = Answer(Ask(ComputationKind.Sum, Acme, Beta), Spend("acme", 10, qualifier: Qualifier.MoreThan), Spend("beta", 20, qualifier: Qualifier.Around));

        Assert.Equal("more than $30 billion", answer.Sections[0].Items[0].Figure);
        Assert.Equal(["At least one input is approximate (\"around\", \"almost\"), so the result is approximate too."], answer.Notes);
    }

    [Fact]
    public void Sum_AroundFigure_QualifierSaysItNoNoteNeeded()
    {
        var answer = Answer(Ask(ComputationKind.Sum, Acme, Beta), Spend("acme", 10, qualifier: Qualifier.Around), Spend("beta", 20));

        Assert.Equal("around $30 billion", answer.Sections[0].Items[0].Figure);
        Assert.Empty(answer.Notes);
    }

    [Fact]
    public void Sum_OneSubjectTwoYears_SumOfTheYears()
    {
        var query = Ask(ComputationKind.Sum, Acme) with { Period = new PeriodFilter([2024, 2025]) };

        var answer = Answer(query, Spend("acme", 10, year: 2024), Spend("acme", 15));

        Assert.Equal("$25 billion", answer.Sections[0].Items[0].Figure);
        Assert.Equal("Acme 2024 and Acme 2025: combined (computed)", answer.Headline);
    }

    [Fact]
    public void Sum_OneSubjectNoYears_NotComputed()
    {
        var answer = Answer(Ask(ComputationKind.Sum, Acme), Spend("acme", 10, year: 2024), Spend("acme", 15));

        Assert.NotEqual(AnswerKind.Computed, answer.Kind);
    }

    [Fact]
    public void GroupTotal_StatedAndMembers_StatedFirstThenSumOfMembers()
    {
        var stated = SmallKnowledge.Spending("trio", 50, qualifier: Qualifier.MoreThan);

        var answer = Answer(Ask(ComputationKind.Sum, Trio), stated, Spend("acme", 10), Spend("beta", 20), Spend("gamma", 30));

        Assert.True(answer.Answered);
        Assert.Equal("The trio: combined (computed)", answer.Headline);
        Assert.Equal(["Stated", "Computed"], answer.Sections[0].Items.Select(i => i.Label));
        Assert.Equal(["more than $50 billion", "$60 billion"], answer.Sections[0].Items.Select(i => i.Figure));
        Assert.Equal("sum of the members' figures", answer.Sections[0].Items[1].Period);
        Assert.Equal("sum of Acme, Beta and Gamma; computed by me, no source states it", answer.Sections[0].Items[1].Text);
        Assert.Equal("The members' own figures", answer.Sections[1].Title);
        Assert.Contains("The stated total is from the source; the sum of the members' figures is computed by me and may differ from it (other periods, other scope).", answer.Notes);
    }

    [Fact]
    public void GroupTotal_MemberMissing_StatedOnlyAndNoTotal()
    {
        var stated = SmallKnowledge.Spending("trio", 50);

        var answer = Answer(Ask(ComputationKind.Sum, Trio), stated, Spend("acme", 10), Spend("beta", 20));

        Assert.True(answer.Answered);
        Assert.Equal(["Stated"], answer.Sections[0].Items.Select(i => i.Label));
        Assert.Equal(["These figures cannot be added up."], answer.Notes);
    }

    [Fact]
    public void GroupTotal_NothingStatedOrComputable_Unanswered()
    {
        var answer = Answer(Ask(ComputationKind.Sum, Trio), Spend("acme", 10));

        Assert.False(answer.Answered);
        Assert.Equal(["These figures cannot be added up."], answer.Notes);
    }

    [Fact]
    public void GroupTotal_StatedForASpanAroundTheYear_ShownButNotAnAnswerForTheYearAsked()
    {
        var stated = SmallKnowledge.Spending("trio", 50) with { Period = new Period(PeriodKind.Range, FromYear: 2024, ToYear: 2026) };
        var query = Ask(ComputationKind.Sum, Trio) with { Period = new PeriodFilter([2025]) };

        var answer = Answer(query, stated, Spend("acme", 10));

        Assert.False(answer.Answered);
        Assert.Equal(["Stated"], answer.Sections[0].Items.Select(i => i.Label));
    }

    [Fact]
    public void GroupTotal_StatedWithoutPeriod_AnswersTheYearAsked()
    {
        var stated = SmallKnowledge.Spending("trio", 50) with { Period = Period.Unspecified };
        var query = Ask(ComputationKind.Sum, Trio) with { Period = new PeriodFilter([2025]) };

        var answer = Answer(query, stated, Spend("acme", 10));

        Assert.True(answer.Answered);
        Assert.Equal(["Stated"], answer.Sections[0].Items.Select(i => i.Label));
    }

    [Fact]
    public void Difference_TwoSubjects_LargerMinusSmaller()
    {
        var answer = Answer(Ask(ComputationKind.Difference, Acme, Beta), Spend("acme", 10), Spend("beta", 25));

        Assert.Equal("Beta / Acme: difference (computed)", answer.Headline);
        var line = answer.Sections[0].Items.Single();
        Assert.Equal("$15 billion", line.Figure);
        Assert.Equal("Beta ($25 billion, 2025) minus Acme ($10 billion, 2025); computed by me, no source states it", line.Text);
        Assert.Equal(["Beta", "Acme"], answer.Sections[1].Items.Select(i => i.Label));
        Assert.Empty(answer.Notes);
    }

    [Fact]
    public void Difference_BaseSubjectHasTheHigherFigure_SaysSo()
    {
        var query = Ask(ComputationKind.Difference, Acme, Beta) with { BaseSubjectId = "beta" };

        var answer = Answer(query, Spend("acme", 10), Spend("beta", 25));

        Assert.Equal(["Beta has the higher figure."], answer.Notes);
    }

    [Fact]
    public void Difference_OverlappingRanges_SaysWhichIsLargerIsUncertain()
    {
        var answer = Answer(Ask(ComputationKind.Difference, Acme, Beta), Spend("acme", 10, 30), Spend("beta", 15, 20));

        // Acme (10–30) minus Beta (15–20) lies anywhere from −10 to 15.
        Assert.Equal("$-10–15 billion", answer.Sections[0].Items[0].Figure);
        Assert.Contains("The ranges overlap: which figure is larger is not certain.", answer.Notes);
    }

    [Fact]
    public void Difference_OtherSideMissing_SaysWhichAndIsUnanswered()
    {
        var answer = Answer(Ask(ComputationKind.Difference, Acme, Gamma), Spend("acme", 10));

        Assert.False(answer.Answered);
        Assert.Equal(["I cannot compute that: I have no matching figure for Gamma."], answer.Lead);
        Assert.Equal("Acme / Gamma: difference (computed)", answer.Headline);
        Assert.Empty(answer.Computed);
    }

    [Fact]
    public void Ratio_TwoSubjects_TimesAsLarge()
    {
        var answer = Answer(Ask(ComputationKind.Ratio, Acme, Beta), Spend("acme", 10), Spend("beta", 25));

        Assert.Equal("Beta / Acme: ratio (computed)", answer.Headline);
        Assert.Equal("2.5 times as large", answer.Sections[0].Items[0].Figure);
        Assert.StartsWith("Beta ($25 billion, 2025) divided by Acme", answer.Sections[0].Items[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratio_RoundedResult_SaysItIsRounded()
    {
        var answer = Answer(Ask(ComputationKind.Ratio, Acme, Beta), Spend("acme", 30), Spend("beta", 100));

        Assert.Equal("3.3 times as large", answer.Sections[0].Items[0].Figure);
        Assert.Contains("The result is rounded (ranges outwards).", answer.Notes);
    }

    [Fact]
    public void Share_TwoSubjects_SmallerAsAPercentOfTheLarger()
    {
        var answer = Answer(Ask(ComputationKind.Share, Acme, Beta), Spend("acme", 10), Spend("beta", 40));

        Assert.Equal("Acme / Beta: share (computed)", answer.Headline);
        Assert.Equal("25%", answer.Sections[0].Items[0].Figure);
    }

    [Fact]
    public void Share_StatedShareExists_LeftToTheFiguresAnswer()
    {
        var stated = TestFacts.Fact(id: "acme-share", kind: FactKind.Share, amount: new Amount(40, 40, Unit.Percent, null, Scale.One, Qualifier.Exact), period: TestFacts.Year(2025));

        var answer = Answer(Ask(ComputationKind.Share, Acme), Spend("acme", 10), stated);

        Assert.NotEqual(AnswerKind.Computed, answer.Kind);
    }

    [Fact]
    public void Change_OneSubjectTwoYears_AbsoluteAndPercent()
    {
        var query = Ask(ComputationKind.Change, Acme) with { Period = new PeriodFilter([2024, 2025]) };

        var answer = Answer(query, Spend("acme", 8, year: 2024), Spend("acme", 10));

        Assert.Equal("Acme (2024 → 2025): change (computed)", answer.Headline);
        Assert.Equal(["$2 billion", "25%"], answer.Sections[0].Items.Select(i => i.Figure));
        Assert.Equal([ComputationKind.Change, ComputationKind.PercentChange], answer.Computed.Select(c => c.Operation));
        Assert.Empty(answer.Notes);
    }

    [Fact]
    public void PercentChange_OneSubjectTwoFiguresOfOneKind_PercentThenAbsolute()
    {
        var june = TestFacts.Fact(id: "acme-june", kind: FactKind.Deal, amount: TestFacts.Money(10), period: new Period(PeriodKind.Month, 2025, 6));
        var september = TestFacts.Fact(id: "acme-september", kind: FactKind.Deal, amount: TestFacts.Money(16), period: new Period(PeriodKind.Month, 2025, 9));

        var answer = Answer(Ask(ComputationKind.PercentChange, Acme), june, september);

        Assert.Equal("Acme (June 2025 → September 2025): change (computed)", answer.Headline);
        Assert.Equal(["60%", "$6 billion"], answer.Sections[0].Items.Select(i => i.Figure));
        Assert.Equal(["Acme (September 2025)", "Acme (June 2025)"], answer.Sections[1].Items.Select(i => i.Label));
    }

    [Fact]
    public void PerYear_PlanWithASpan_AverageOverItsYears()
    {
        var plan = TestFacts.Fact(id: "acme-plan", kind: FactKind.Investment, amount: TestFacts.Money(100), period: new Period(PeriodKind.Until, FromYear: 2025, ToYear: 2028));

        var answer = Answer(Ask(ComputationKind.PerYear, Acme), plan);

        Assert.True(answer.Answered);
        Assert.Equal("Acme: per year (computed)", answer.Headline);
        var line = answer.Sections[0].Items[0];
        Assert.Equal("$25 billion", line.Figure);
        Assert.Equal("per year, average", line.Period);
        Assert.Equal("average per year: $100 billion (2025 until 2028) spread over 4 years; computed by me, no source states it", line.Text);
        Assert.Equal("Computed from", answer.Sections[1].Title);
    }

    [Fact]
    public void PerYear_PlanWithoutAStart_CannotComputeUnanswered()
    {
        var plan = TestFacts.Fact(id: "acme-plan", kind: FactKind.Investment, amount: TestFacts.Money(100), period: new Period(PeriodKind.Until, ToYear: 2028));

        var answer = Answer(Ask(ComputationKind.PerYear, Acme), plan);

        Assert.False(answer.Answered);
        Assert.Equal(["I cannot compute a per-year value: the source does not say when the period of $100 billion starts."], answer.Lead);
        Assert.Equal(["$100 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void PerYear_NoMultiYearFigure_NotComputed() =>
        Assert.NotEqual(AnswerKind.Computed, Answer(Ask(ComputationKind.PerYear, Acme), Spend("acme", 10)).Kind);

    [Fact]
    public void PerYear_UntilAnotherYear_NotComputed()
    {
        var plan = TestFacts.Fact(id: "acme-plan", kind: FactKind.Investment, amount: TestFacts.Money(100), period: new Period(PeriodKind.Until, FromYear: 2025, ToYear: 2028));
        var query = Ask(ComputationKind.PerYear, Acme) with { Period = new PeriodFilter([], UntilYear: 2030) };

        Assert.NotEqual(AnswerKind.Computed, Answer(query, plan).Kind);
    }

    [Fact]
    public void Remainder_QuarterAndYear_RestOfTheYear()
    {
        var quarter = TestFacts.Fact(id: "acme-q1", amount: TestFacts.Money(4), period: new Period(PeriodKind.Quarter, 2025, 1));
        var year = Spend("acme", 10);
        var query = Ask(ComputationKind.Remainder, Acme) with { Period = new PeriodFilter([2025], Quarter: 1) };

        var answer = Answer(query, quarter, year);

        Assert.True(answer.Answered);
        Assert.Equal("Acme: remainder (computed)", answer.Headline);
        var line = answer.Sections[0].Items[0];
        Assert.Equal("$6 billion", line.Figure);
        Assert.Equal("rest of 2025", line.Period);
        Assert.Equal("$10 billion (2025) minus $4 billion (Q1 2025) for the rest of the period; computed by me, no source states it", line.Text);
        Assert.Equal(["Acme", "Acme"], answer.Sections[1].Items.Select(i => i.Label));
    }

    [Fact]
    public void Share_QuarterOfItsYear_PercentOfTheYear()
    {
        var quarter = TestFacts.Fact(id: "acme-q1", amount: TestFacts.Money(4), period: new Period(PeriodKind.Quarter, 2025, 1));
        var query = Ask(ComputationKind.Share, Acme) with { Period = new PeriodFilter([2025], Quarter: 1) };

        var answer = Answer(query, quarter, Spend("acme", 10));

        Assert.Equal("Acme: share (computed)", answer.Headline);
        Assert.Equal("40%", answer.Sections[0].Items[0].Figure);
        Assert.Null(answer.Sections[0].Items[0].Period);
    }

    [Fact]
    public void Remainder_FiscalYearWhole_FiscalNote()
    {
        var quarter = TestFacts.Fact(id: "acme-q1", amount: TestFacts.Money(4), period: new Period(PeriodKind.Quarter, 2025, 1));
        var year = Spend("acme", 10) with { Period = new Period(PeriodKind.FiscalYear, 2025) };
        var query = Ask(ComputationKind.Remainder, Acme);

        var answer = Answer(query, quarter, year);

        Assert.Equal("$6 billion", answer.Sections[0].Items[0].Figure);
        Assert.Contains("Note: the periods differ (Q1 2025 / fiscal year 2025); a fiscal year is not a calendar year, so the result is only an approximation.", answer.Notes);
    }

    [Fact]
    public void Remainder_PartInAnotherCurrency_CannotCompare()
    {
        var quarter = TestFacts.Fact(id: "acme-q1", amount: TestFacts.Money(4, currency: "EUR"), period: new Period(PeriodKind.Quarter, 2025, 1));
        var query = Ask(ComputationKind.Remainder, Acme) with { Period = new PeriodFilter([2025], Quarter: 1) };

        var answer = Answer(query, quarter, Spend("acme", 10));

        Assert.Empty(answer.Computed);
        Assert.Contains("Acme and Acme are in different currencies; they cannot be compared without an exchange rate the sources do not give, so I do not convert them.", answer.Notes);
    }

    [Fact]
    public void Remainder_NoPart_NotComputed() =>
        Assert.NotEqual(AnswerKind.Computed, Answer(Ask(ComputationKind.Remainder, Acme), Spend("acme", 10)).Kind);

    [Fact]
    public void RelationTotal_TwoFiguresTyingTheSubjects_AddedUp()
    {
        var first = TestFacts.Fact(id: "acme-beta-1", amount: TestFacts.Money(1), period: TestFacts.Year(2019), related: ["beta"], statement: "Acme puts 1 bn into Beta");
        var second = TestFacts.Fact(id: "acme-beta-2", amount: TestFacts.Money(10, qualifier: Qualifier.Almost), period: TestFacts.Year(2023), related: ["beta"], statement: "Acme puts almost 10 bn into Beta", source: "article-2");
        var query = new Query("q", Language.English, QueryIntent.Total, [Acme, Beta], [], PeriodFilter.None, []);

        var answer = Answer(query, first, second);

        Assert.True(answer.Answered);
        Assert.Equal("Acme and Beta: combined (computed)", answer.Headline);
        var line = answer.Sections[0].Items[0];
        Assert.Equal("around $11 billion", line.Figure);
        Assert.Equal("sum of almost $10 billion and $1 billion; computed by me, no source states it", line.Text);
        Assert.Equal(["Acme", "Acme"], answer.Sections[1].Items.Select(i => i.Label));
        Assert.Empty(answer.Notes);
    }

    [Fact]
    public void SeparateFiguresTotal_TwoDealsOfOneYear_AddedUp()
    {
        var june = TestFacts.Fact(id: "acme-june", kind: FactKind.Deal, amount: TestFacts.Money(10), period: new Period(PeriodKind.Month, 2025, 6));
        var september = TestFacts.Fact(id: "acme-september", kind: FactKind.Deal, amount: TestFacts.Money(15), period: new Period(PeriodKind.Month, 2025, 9));
        var query = new Query("q", Language.English, QueryIntent.Total, [Acme], [], PeriodFilter.None, []) { AsksTotal = true };

        var answer = Answer(query, june, september);

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.Equal("$25 billion", answer.Sections[0].Items[0].Figure);
    }

    [Fact]
    public void SeparateFiguresTotal_TwoWholeYears_NotAddedUp()
    {
        var query = new Query("q", Language.English, QueryIntent.Total, [Acme], [], PeriodFilter.None, []) { AsksTotal = true };

        Assert.NotEqual(AnswerKind.Computed, Answer(query, Spend("acme", 10, year: 2024), Spend("acme", 15)).Kind);
    }

    private static Fact Spend(string subject, decimal min, decimal? max = null, Qualifier qualifier = Qualifier.Exact, string currency = "USD", int year = 2025, string source = "article-1") =>
        SmallKnowledge.Spending(subject, min, max, qualifier, currency, year) with { SourceId = source };

    private static Query Ask(ComputationKind operation, params Subject[] subjects) =>
        new("q", Language.English, QueryIntent.Compare, subjects, [], PeriodFilter.None, []) { Computation = operation };

    private static Answer Answer(Query query, params Fact[] facts)
    {
        var knowledge = SmallKnowledge.With(facts);
        return SmallKnowledge.Engine(knowledge).Answer(knowledge, query);
    }

    private static Subject Find(string id) => SmallKnowledge.With().FindSubject(id)!;
}
