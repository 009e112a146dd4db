using ChatBot.Core.Answers;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// Questions the engine once answered wrongly, answered on the curated knowledge: a topic said of one side of a
/// comparison, a change asked in one year, a name of two words, a measure the knowledge does not hold.
/// </summary>
public sealed class ProbeDefectAnswerTests
{
    private static readonly AnswerEngine Engine = CuratedKnowledge.Engine();

    [Theory]
    [InlineData("stargate vs oracle's big deal - which is larger?", "$500 billion", "$300 billion")]
    [InlineData("Who's bigger: Oracle's Sept deal or Microsoft's FY25 budget?", "$300 billion", "$80 billion")]
    [InlineData("Stargate oder der Deal von Oracle – was ist größer?", "500 Mrd.", "300 Mrd.")]
    public void Ask_TopicSaidOfOneSide_OtherSideKeepsItsFigure(string question, string first, string second)
    {
        var answer = Engine.Ask(question);
        var text = PlainTextRenderer.Render(answer);

        Assert.Equal(AnswerKind.Comparison, answer.Kind);
        Assert.True(answer.Answered, text);
        Assert.Contains(first, text, StringComparison.Ordinal);
        Assert.Contains(second, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ChangeInOneYear_ComputedAgainstTheYearBefore()
    {
        var answer = Engine.Ask("um wie viel wächst amazons ki-budget im jahr 2025");

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.True(answer.Answered);
        Assert.Contains("17 Mrd.", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
        Assert.Equal(["amazon-capex-2024", "amazon-capex-2025"], answer.Facts.Select(f => f.Id).Order());
    }

    [Fact]
    public void Ask_ChangeInOneYearWithoutTheYearBefore_SaysSoAndShowsTheYear()
    {
        var answer = Engine.Ask("How much did Alphabet's budget grow in 2025?");
        var text = PlainTextRenderer.Render(answer);

        Assert.False(answer.Answered);
        Assert.Contains("no matching figure for Alphabet 2024", text, StringComparison.Ordinal);
        Assert.Contains("$75 billion (2025)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Was investiert Blue Origin in KI", "„Blue Origin“")]
    [InlineData("How much does Blue Origin invest?", "“Blue Origin”")]
    public void Ask_UnknownNameOfTwoWords_RefusedWithTheWholeName(string question, string quoted)
    {
        var answer = Engine.Ask(question);

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
        Assert.Contains(quoted, PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is Nvidia's share price?", "“share price”")]
    [InlineData("Wie hoch ist der Umsatz von Microsoft?", "„Umsatz“")]
    [InlineData("Welche Firma hat den höchsten Börsenwert?", "„Börsenwert“")]
    [InlineData("How much more revenue does Microsoft make than Amazon?", "“revenue”")]
    public void Ask_MeasureTheKnowledgeDoesNotHold_StatesNoFigure(string question, string quoted)
    {
        var answer = Engine.Ask(question);

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
        Assert.False(answer.Answered);
        Assert.Empty(answer.Facts);
        Assert.Contains(quoted, PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ForecastOfAPersonOfTheSubject_IsAnsweredByTheirEstimate()
    {
        var answer = Engine.Ask("What's Jensen Huang's forecast for AI infrastructure spending by 2030?");

        Assert.True(answer.Answered);
        Assert.Equal("ai-infrastructure-estimate-huang", answer.Facts[0].Id);
    }

    [Fact]
    public void Ask_InvestmentOfASubjectKnownOnlyThroughAnEstimate_StillSaysItsOwnIsNotKnown()
    {
        var answer = Engine.Ask("How much does Nvidia invest in AI infrastructure?");

        Assert.False(answer.Answered);
        Assert.Contains("no figure for Nvidia's own investment", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is Meta spending more than Alphabet this year?", "$60–65 billion (2025)", "$75 billion (2025)")]
    [InlineData("Gibt Meta dieses Jahr mehr aus als Alphabet?", "60 bis 65 Mrd. US-Dollar (2025)", "75 Mrd. US-Dollar (2025)")]
    public void Ask_ComparisonThisYearBeforeItHasFigures_ComparesTheNewestAndSaysSo(string question, string meta, string alphabet)
    {
        var answer = Engine.Ask(question);
        var text = PlainTextRenderer.Render(answer);

        Assert.True(answer.Answered, text);
        Assert.Contains(meta, text, StringComparison.Ordinal);
        Assert.Contains(alphabet, text, StringComparison.Ordinal);
        Assert.Single(answer.Notes, note => note.Contains("Meta", StringComparison.Ordinal) && note.Contains("Alphabet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Stargate vs Oracle's June deal", "$30 billion (June 2025)")]
    [InlineData("Wievielmal so groß ist Stargate wie Oracles Juni-Deal?", "30 Mrd. US-Dollar, Juni 2025")]
    public void Ask_MonthNamedForOneSide_PicksThatSidesFigureOfTheMonth(string question, string figure)
    {
        var answer = Engine.Ask(question);

        Assert.Contains(answer.Facts, f => f.Id == "oracle-openai-cloud-deal-2025-06");
        Assert.DoesNotContain(answer.Facts, f => f.Id == "oracle-deal-2025-09");
        Assert.Contains(figure, PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which firm has the biggest single deal?", "Oracle: $300 billion")]
    [InlineData("Welche Firma hat den größten Deal?", "Oracle: 300 Mrd. US-Dollar")]
    public void Ask_RankingOfDeals_RanksTheDeals(string question, string first)
    {
        var answer = Engine.Ask(question);

        Assert.Equal(AnswerKind.Ranking, answer.Kind);
        Assert.True(answer.Answered);
        Assert.Contains(first, PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_QuarterWithoutAYear_SaysThereIsNoFigureForIt()
    {
        var answer = Engine.Ask("What is Microsoft's budget for Q3?");
        var text = PlainTextRenderer.Render(answer);

        Assert.False(answer.Answered);
        Assert.Contains("Microsoft for Q3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("figures for .", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's SoftBank's share of Stargate in percent?")]
    [InlineData("Wie viel Prozent von Stargate trägt SoftBank?")]
    public void Ask_ShareOfAPartnerKnownOnlyThroughTheWhole_IsNotComputed(string question)
    {
        var answer = Engine.Ask(question);
        var text = PlainTextRenderer.Render(answer);

        Assert.False(answer.Answered, text);
        Assert.Empty(answer.Computed);
        Assert.DoesNotContain("100", text, StringComparison.Ordinal);
        Assert.Contains(answer.Facts, f => f.Id == "stargate-500bn");
    }

    [Theory]
    [InlineData("Wie viel investieren Samsung Electronics und Apple?", "„Samsung Electronics“")]
    [InlineData("How much does Intel invest, and how much Amazon?", "“Intel”")]
    public void Ask_UnknownInvestorNextToAKnownOne_IsNamedAsWithoutFigure(string question, string quoted)
    {
        var answer = Engine.Ask(question);

        Assert.Contains(answer.Notes, note => note.Contains(quoted, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Frankreich ohne Brookfield, wie viel bleibt?", "89 Mrd. Euro")]
    [InlineData("france's plan excluding brookfield's part - how much?", "€89 billion")]
    public void Ask_SubjectWithoutALeftOutPartnersPart_ComputesTheRest(string question, string rest)
    {
        var answer = Engine.Ask(question);

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.Equal(["france-ai-investments-109bn", "france-ai-investments-brookfield"], answer.Facts.Select(f => f.Id));
        Assert.Contains(rest, PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LeftOutSubjectWithoutAPartOfTheOther_IsNoRemainder()
    {
        var answer = Engine.Ask("nicht Meta, Amazon 2025?");

        Assert.NotEqual(AnswerKind.Computed, answer.Kind);
        Assert.Empty(answer.Computed);
    }
}
