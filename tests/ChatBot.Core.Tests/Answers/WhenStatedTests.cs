using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>When a fact's event happened as its source states it: its own period, a month in its statement or quote, never guessed.</summary>
public sealed class WhenStatedTests
{
    [Theory]
    [InlineData("en", "In January 2025 Acme raised its budget.", "", "January 2025")]
    [InlineData("en", "In January Acme raised its budget.", "", "January")]
    [InlineData("de", "Im März 2024 erhöhte Acme.", "", "März 2024")]
    [InlineData("en", "Acme raised its budget.", "Acme hatte im März 2025 erhöht", "March 2025")]
    [InlineData("de", "Acme erhöhte.", "Acme raised it in March", "März")]
    [InlineData("en", "Acme raised its budget.", "Im Dezember erhöhte Acme", "December")]
    [InlineData("en", "The Mayor praised Acme.", "Acme's Junebug project", null)]
    [InlineData("en", "Acme raised its budget.", "", null)]
    public void Of_MonthInStatementOrQuote_TheMonthInTheAnswersLanguage(string language, string statement, string quote, string? expected)
    {
        var fact = TestFacts.Fact(statement: statement, quote: quote, period: TestFacts.Year(2025));

        Assert.Equal(expected, WhenStated.Of(fact, Builder(language)));
    }

    [Fact]
    public void Of_StatementMonthBeforeQuoteMonth_StatementWins()
    {
        var fact = TestFacts.Fact(statement: "In May Acme raised its budget.", quote: "Acme raised it in March");

        Assert.Equal("May", WhenStated.Of(fact, Builder("en")));
    }

    [Theory]
    [InlineData("en", "June 2025")]
    [InlineData("de", "Juni 2025")]
    public void Of_MonthPeriod_ThePeriodItself(string language, string expected)
    {
        var fact = TestFacts.Fact(statement: "In January Acme raised.", period: new Period(PeriodKind.Month, 2025, 6));

        Assert.Equal(expected, WhenStated.Of(fact, Builder(language)));
    }

    [Fact]
    public void Of_DatePeriod_TheDate() =>
        Assert.Equal("3 February 2025", WhenStated.Of(TestFacts.Fact(period: new Period(PeriodKind.Date, Date: new DateOnly(2025, 2, 3))), Builder("en")));

    [Fact]
    public void Lead_AnnouncedAndStatedMonth_AnnouncedLeads()
    {
        var fact = TestFacts.Fact(statement: "In May Acme raised its budget.") with { Announced = new Period(PeriodKind.Month, 2025, 4) };

        Assert.Equal("Announced: April 2025 (as the source states).", WhenStated.Lead(fact, Builder("en")));
    }

    [Fact]
    public void Lead_OnlyStatedMonth_When() =>
        Assert.Equal("Wann: Mai (laut Quelle).", WhenStated.Lead(TestFacts.Fact(statement: "Im Mai erhöhte Acme."), Builder("de")));

    [Fact]
    public void Lead_NothingStated_Null() =>
        Assert.Null(WhenStated.Lead(TestFacts.Fact(statement: "Acme erhöhte."), Builder("de")));

    private static AnswerBuilder Builder(string language) =>
        new(SmallKnowledge.With(), new Query("q", new Language(language), QueryIntent.Figures, [], [], PeriodFilter.None, []), PhraseBooks.Default);
}
