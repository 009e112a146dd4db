using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;

namespace ChatBot.Core.Tests.Phrasing;

/// <summary>The guard's verdict on replies to facts built in code: which numbers a reply may state, and what it says when it refuses.</summary>
public sealed class NumberGuardDecisionTests
{
    private static readonly PhrasingRequest Acme = GuardRequests.Of(
        Language.English,
        GuardRequests.Fact("F1", "Acme plans $80 billion, after a first investment in 2019.", GuardRequests.Money(80), new Period(PeriodKind.FiscalYear, 2025)),
        GuardRequests.Fact("F2", "Acme's cloud grew 39%.", GuardRequests.Percent(39), new Period(PeriodKind.Quarter, 2024, Part: 3)),
        GuardRequests.Fact("F3", "Acme invests over the next years.", null, new Period(PeriodKind.NextYears, FromYear: 2026, ToYear: 2031, Years: 6)),
        GuardRequests.Fact("F4", "Acme opened a site.", null, new Period(PeriodKind.Date, Date: new DateOnly(2023, 5, 17))),
        GuardRequests.Fact("F5", "Acme and Beta plan €60–65 billion.", GuardRequests.Money(60, 65, currency: "EUR")));

    [Theory]
    [InlineData("Acme plans $80 billion in fiscal 2025 [F1].")]
    [InlineData("Acme plans 80 billion in fiscal 2025 [F1].")]
    [InlineData("Acme plans $80 billion [F1], after a first investment in 2019 [F1].")]
    [InlineData("Acme plans $80 billion [F1]; its cloud grew 39% in quarter 3 of 2024 [F2].")]
    [InlineData("Acme plans $80 billion [F1]; its cloud grew 39 [F2].")]
    [InlineData("Acme plans $80 billion [F1] over 6 years from 2026 to 2031 [F3].")]
    [InlineData("Acme plans $80 billion [F1]; a site opened on 17 May 2023 [F4].")]
    [InlineData("Acme plans $80 billion [F1]; with Beta €60–65 billion [F5].")]
    [InlineData("Acme plans $80 billion [f1].")]
    public void Check_ReplyWithOnlyTheFactsNumbers_IsAccepted(string reply)
    {
        var verdict = NumberGuard.Check(reply, Acme);

        Assert.True(verdict.Accepted, string.Join("\n", verdict.Violations));
        Assert.Empty(verdict.Violations);
    }

    [Theory]
    [InlineData("Acme plans $80 billion in fiscal 2030 [F1].", "\"2030\" is not a figure, year or period of the retrieved facts")]
    [InlineData("Acme plans $80 billion [F1]; its cloud grew 40% [F2].", "\"40%\" is not a figure, year or period of the retrieved facts")]
    [InlineData("Acme plans $80 billion [F1], up 2019 percent.", "\"2019 percent\" is not a figure, year or period of the retrieved facts")]
    [InlineData("Acme plans $80 billion [F1]; with Beta $60–65 billion [F5].", "\"60\" is not a figure, year or period of the retrieved facts")]
    [InlineData("Acme plans $80 billion [F1]; May 2023 [F4].", null)]
    [InlineData("Acme plans $80 billion [F1]; 5 May 2023 [F4].", "\"5\" is not a figure, year or period of the retrieved facts")]
    [InlineData("Acme plans $80 billion [F1], $80 million more.", "\"80 million\" is not a figure, year or period of the retrieved facts")]
    public void Check_ReplyWithANumberNotInTheFacts_NamesIt(string reply, string? violation)
    {
        var verdict = NumberGuard.Check(reply, Acme);

        if (violation is null)
        {
            Assert.True(verdict.Accepted, string.Join("\n", verdict.Violations));
        }
        else
        {
            Assert.Contains(violation, verdict.Violations);
            Assert.False(verdict.Accepted);
        }
    }

    [Theory]
    [InlineData("Acme plans $80 billion [F1][F9][F9].", new[] { "cites [F9], which is not a retrieved fact" })]
    [InlineData("Acme plans $80 billion [F1][F8][F9].", new[] { "cites [F8], which is not a retrieved fact", "cites [F9], which is not a retrieved fact" })]
    public void Check_UnknownKeys_EachNamedOnce(string reply, string[] violations)
    {
        var verdict = NumberGuard.Check(reply, Acme);

        Assert.Equal(violations, verdict.Violations);
        Assert.Equal(reply.Count(c => c == '['), verdict.CitedKeys.Count);
    }

    [Theory]
    [InlineData("Acme's cloud grew 39% [F2].")]
    [InlineData("Acme plans $80 [F1].")]
    [InlineData("Acme plans 80 billion percent [F1].")]
    public void Check_HeadlineFigureMissing_SaysWhichFigure(string reply)
    {
        var verdict = NumberGuard.Check(reply, Acme);

        Assert.Contains("the headline figure the figure is missing", verdict.Violations);
    }

    [Theory]
    [InlineData("Acme and Beta plan €60–65 billion [F1].", true)]
    [InlineData("Acme and Beta plan between 60 and 65 billion euros [F1].", true)]
    [InlineData("Acme and Beta plan €65 billion [F1].", false)]
    [InlineData("Acme and Beta plan €60 billion [F1].", false)]
    public void Check_RangeHeadline_BothBoundsMustStay(string reply, bool accepted)
    {
        var request = GuardRequests.Of(Language.English, GuardRequests.Fact("F1", "Acme and Beta plan €60–65 billion.", GuardRequests.Money(60, 65, currency: "EUR")));

        Assert.Equal(accepted, NumberGuard.Check(reply, request).Accepted);
    }

    [Fact]
    public void Check_HeadlineWithoutAmount_NeedsNoFigure()
    {
        var request = GuardRequests.Of(Language.English, GuardRequests.Fact("F1", "Acme opened a site in 2023."));

        Assert.True(NumberGuard.Check("Acme opened a site in 2023 [F1].", request).Accepted);
    }

    [Fact]
    public void Check_StatementNumbers_AreReadInTheAnswersLanguage()
    {
        // The same statement text: "Billion" is 10^12 in German and 10^9 in English.
        const string statement = "Zentix: 1 Billion Dollar";
        var german = GuardRequests.Of(Language.German, GuardRequests.Fact("F1", statement));
        var english = GuardRequests.Of(Language.English, GuardRequests.Fact("F1", statement));

        Assert.True(NumberGuard.Check("Zentix plant 1 Billion Dollar [F1].", german).Accepted);
        Assert.False(NumberGuard.Check("Zentix plans 1 trillion dollars [F1].", english).Accepted);
        Assert.True(NumberGuard.Check("Zentix plans 1 billion dollars [F1].", english).Accepted);
        Assert.False(NumberGuard.Check("Zentix plant 1 Milliarde Dollar [F1].", german).Accepted);
    }

    [Fact]
    public void Check_NumberWordWithADecomposedUmlaut_IsStillRead()
    {
        // "fünf" typed as "u" plus a combining diaeresis (U+0308): an invented figure must not slip through as two words.
        var request = GuardRequests.Of(Language.German, GuardRequests.Fact("F1", "-", GuardRequests.Money(80)));

        var verdict = NumberGuard.Check("Rund 80 Mrd. US-Dollar [F1], dazu fu\u0308nf Milliarden.", request);

        Assert.Equal(["\"fuenf milliarden\" is not a figure, year or period of the retrieved facts"], verdict.Violations);
    }

    public static TheoryData<string, Scale, Language> ScaleWords => new()
    {
        { "5 tsd. Dollar", Scale.Thousand, Language.German },
        { "5 Tausend Dollar", Scale.Thousand, Language.German },
        { "5 thousand dollars", Scale.Thousand, Language.English },
        { "5 thousands of dollars", Scale.Thousand, Language.English },
        { "$5k", Scale.Thousand, Language.English },
        { "5 Mio. Dollar", Scale.Million, Language.German },
        { "5 Million Dollar", Scale.Million, Language.German },
        { "5 Millionen Dollar", Scale.Million, Language.German },
        { "5 millions of dollars", Scale.Million, Language.English },
        { "$5 mn", Scale.Million, Language.English },
        { "$5m", Scale.Million, Language.English },
        { "5 Mrd. Dollar", Scale.Billion, Language.German },
        { "5 Milliarde Dollar", Scale.Billion, Language.German },
        { "5 Milliarden Dollar", Scale.Billion, Language.German },
        { "$5bn", Scale.Billion, Language.English },
        { "$5 bln", Scale.Billion, Language.English },
        { "5 billions of dollars", Scale.Billion, Language.English },
        { "$5b", Scale.Billion, Language.English },
        { "5 billion dollars", Scale.Billion, Language.English },
        { "5 Billion Dollar", Scale.Trillion, Language.German },
        { "5 Billionen Dollar", Scale.Trillion, Language.German },
        { "5 trillion dollars", Scale.Trillion, Language.English },
        { "5 Trillionen Dollar", Scale.Trillion, Language.German },
        { "5 trillions of dollars", Scale.Trillion, Language.English },
        { "$5tn", Scale.Trillion, Language.English },
    };

    [Theory]
    [MemberData(nameof(ScaleWords))]
    public void Check_ScaleWord_MatchesOnlyAFigureOfItsScale(string figure, Scale scale, Language language)
    {
        foreach (var factScale in Enum.GetValues<Scale>())
        {
            var request = GuardRequests.Of(language, GuardRequests.Fact("F1", "-", GuardRequests.Money(5, scale: factScale)));

            Assert.True(NumberGuard.Check($"{figure} [F1].", request).Accepted == (factScale == scale), $"{figure} against a fact in {factScale}");
        }
    }

    [Theory]
    [InlineData("5 k dollars")]
    [InlineData("5 m dollars")]
    [InlineData("5 b dollars")]
    public void Check_SingleLetterScaleApart_IsNoScale(string figure)
    {
        var request = GuardRequests.Of(Language.English, GuardRequests.Fact("F1", "-", GuardRequests.Money(5, scale: Scale.One)));

        Assert.True(NumberGuard.Check($"{figure} [F1].", request).Accepted, figure);
    }

    public static TheoryData<string, string> CurrencyWords => new()
    {
        { "$5", "USD" }, { "USD 5", "USD" }, { "5 Dollar", "USD" }, { "5 dollars", "USD" }, { "5 US-Dollarn", "USD" },
        { "€5", "EUR" }, { "EUR 5", "EUR" }, { "5 Euro", "EUR" }, { "5 euros", "EUR" },
        { "£5", "GBP" }, { "GBP 5", "GBP" }, { "5 Pfund", "GBP" }, { "5 pound", "GBP" }, { "5 pounds", "GBP" },
        { "CHF 5", "CHF" }, { "5 Franken", "CHF" }, { "5 francs", "CHF" },
        { "¥5", "JPY" }, { "JPY 5", "JPY" }, { "5 yen", "JPY" },
        { "CNY 5", "CNY" }, { "5 yuan", "CNY" }, { "5 renminbi", "CNY" },
    };

    [Theory]
    [MemberData(nameof(CurrencyWords))]
    public void Check_CurrencyWritten_MustBeTheFactsCurrency(string figure, string currency)
    {
        foreach (var factCurrency in new[] { "USD", "EUR", "GBP", "CHF", "JPY", "CNY" })
        {
            var request = GuardRequests.Of(Language.English, GuardRequests.Fact("F1", "-", GuardRequests.Money(5, currency: factCurrency, scale: Scale.One)));

            Assert.True(NumberGuard.Check($"It is {figure} [F1].", request).Accepted == (factCurrency == currency), $"{figure} against a fact in {factCurrency}");
        }
    }

    [Theory]
    [InlineData("5 %", "de")]
    [InlineData("5 Prozent", "de")]
    [InlineData("5 percent", "en")]
    [InlineData("5 pct", "en")]
    public void Check_PercentWritten_NeedsAPercentFact(string figure, string code)
    {
        var language = new Language(code);
        var percent = GuardRequests.Of(language, GuardRequests.Fact("F1", "-", GuardRequests.Percent(5)));
        var money = GuardRequests.Of(language, GuardRequests.Fact("F1", "-", GuardRequests.Money(5, scale: Scale.One)));

        Assert.True(NumberGuard.Check($"{figure} [F1].", percent).Accepted);
        Assert.False(NumberGuard.Check($"{figure} [F1].", money).Accepted);
    }

    [Theory]
    [InlineData("60 bis 65 Mrd. Euro", "de")]
    [InlineData("zwischen 60 und 65 Mrd. Euro", "de")]
    [InlineData("60 to 65 billion euros", "en")]
    [InlineData("between 60 and 65 billion euros", "en")]
    public void Check_RangeWords_JoinBothBoundsUnderOneScale(string figure, string code)
    {
        var language = new Language(code);
        var request = GuardRequests.Of(language, GuardRequests.Fact("F1", "-", GuardRequests.Money(60, 65, currency: "EUR")));

        Assert.True(NumberGuard.Check($"{figure} [F1].", request).Accepted, figure);
    }
}
