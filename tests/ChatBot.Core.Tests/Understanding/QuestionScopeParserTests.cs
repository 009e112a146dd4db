using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// What the parser reads from the whole question beyond subjects: calculations, month ranges and halves,
/// "by"/"bis" by context, negated years and topics, figures named as context, and the language of short text.
/// </summary>
public class QuestionScopeParserTests
{
    private static readonly QuestionParser Parser = new(new FixedClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero)));

    private static Query Parse(string question) => Parser.Parse(question, CuratedKnowledge.Knowledge);

    [Theory]
    [InlineData("How much more than Meta does Microsoft plan to spend?", ComputationKind.Difference)]
    [InlineData("Um wie viel liegt Microsoft über Alphabet?", ComputationKind.Difference)]
    [InlineData("Differenz zwischen Amazon und Meta", ComputationKind.Difference)]
    [InlineData("Amazon und Meta zusammen", ComputationKind.Sum)]
    [InlineData("how many times bigger is oracles later deal", ComputationKind.Ratio)]
    [InlineData("Das Wievielfache von Alphabets Budget ist Stargate?", ComputationKind.Ratio)]
    [InlineData("Welcher Anteil fällt ins erste Quartal?", ComputationKind.Share)]
    [InlineData("what percentage of alphabets budget is q1", ComputationKind.Share)]
    [InlineData("Um wie viele Milliarden steigt Amazons Budget von 2024 auf 2025?", ComputationKind.Change)]
    [InlineData("By what percentage does Amazon's spending grow from 2024 to 2025?", ComputationKind.PercentChange)]
    [InlineData("Wie viel Prozent mehr investiert Amazon 2025 als im Vorjahr?", ComputationKind.PercentChange)]
    [InlineData("how many percent more does amazon spend in 2025 than in 2024", ComputationKind.PercentChange)]
    [InlineData("What is Stargate per year?", ComputationKind.PerYear)]
    [InlineData("Stargate jährlich", ComputationKind.PerYear)]
    [InlineData("What's left for the rest of the year at Alphabet?", ComputationKind.Remainder)]
    [InlineData("Restliches Budget von Google", ComputationKind.Remainder)]
    public void Parse_CalculationWords_DetectComputation(string question, ComputationKind expected)
    {
        Assert.Equal(expected, Parse(question).Computation);
    }

    [Theory]
    [InlineData("Wie viel investiert Meta 2025?")]
    [InlineData("Wie stark ist Azure gewachsen?")]
    [InlineData("How much did Amazon spend in 2024?")]
    [InlineData("Which share of Microsoft's spending stays in the US?")]
    public void Parse_PlainFigureQuestion_NoPairwiseComputation(string question)
    {
        Assert.NotEqual(ComputationKind.Difference, Parse(question).Computation);
        Assert.NotEqual(ComputationKind.Change, Parse(question).Computation);
    }

    [Theory]
    [InlineData("Alphabet Jan–März 2025", 1, null)]
    [InlineData("Alphabet January to March 2025", 1, null)]
    [InlineData("Alphabet April bis Juni 2025", 2, null)]
    [InlineData("Alphabet Januar bis Juni 2025", null, 1)]
    [InlineData("Alphabet H1 2025", null, 1)]
    [InlineData("Alphabet erste Jahreshälfte 2025", null, 1)]
    [InlineData("Alphabet second half of 2025", null, 2)]
    [InlineData("Alphabet im zweiten Halbjahr 2025", null, 2)]
    public void Parse_MonthRangesAndHalves_BecomeQuarterOrHalf(string question, int? quarter, int? half)
    {
        var period = Parse(question).Period;

        Assert.Equal(quarter, period.Quarter);
        Assert.Equal(half, period.Half);
        Assert.Null(period.Month);
        Assert.Equal([2025], period.Years);
    }

    [Theory]
    [InlineData("How much will Amazon spend by 2025?", null, 2025)]
    [InlineData("How much will Meta invest by 2028?", 2028, null)]
    [InlineData("How much will the big four spend by the end of 2026?", 2026, null)]
    [InlineData("Wie viel investiert Meta bis 2028?", 2028, null)]
    public void Parse_ByYear_ReadByContext(string question, int? until, int? year)
    {
        var period = Parse(question).Period;

        Assert.Equal(until, period.UntilYear);
        Assert.Equal(year is { } y ? [y] : [], period.Years);
    }

    [Theory]
    [InlineData("meta 2028 plan pls, not the 2025 budget", 2028, 2025)]
    [InlineData("Amazon – nicht die Zahl von 2024, sondern die für 2025 bitte", 2025, 2024)]
    [InlineData("Amazon 2025 ohne 2024", 2025, 2024)]
    public void Parse_NegatedYear_IsExcluded(string question, int asked, int excluded)
    {
        var period = Parse(question).Period;

        Assert.Equal([asked], period.Years);
        Assert.Equal([excluded], period.ExcludedYears);
    }

    [Theory]
    [InlineData("Microsoft – not the US share, the total please")]
    [InlineData("Microsoft insgesamt, nicht nur der US-Anteil")]
    public void Parse_NegatedTopic_IsDropped(string question)
    {
        var query = Parse(question);

        Assert.Empty(query.Topics);
        Assert.True(query.PrefersWhole);
    }

    [Theory]
    [InlineData("someone said Meta spends 600 billion until 2028 - but what about this year?", 600)]
    [InlineData("Jemand meinte, Meta gibt bis 2028 600 Milliarden aus – und 2025?", 600)]
    public void Parse_FigureBeforeContrast_IsContextAndItsUntilIsDropped(string question, int context)
    {
        var query = Parse(question);

        Assert.Equal([(decimal)context], query.ContextNumbers);
        Assert.Null(query.Period.UntilYear);
        Assert.NotEmpty(query.Period.Years);
    }

    [Theory]
    [InlineData("Where does the 600 billion figure come from?", 600)]
    [InlineData("where's the $14bn figure from", 14)]
    [InlineData("Welche Quelle nennt die 109 Mrd?", 109)]
    public void Parse_NumberInQuestion_IsAskedNotContext(string question, int number)
    {
        var query = Parse(question);

        Assert.Contains((decimal)number, query.Numbers);
        Assert.Empty(query.ContextNumbers);
        Assert.True(query.WantsQuotes);
    }

    [Theory]
    [InlineData("msft ai capex? quick pls", "en")]
    [InlineData("goog ai spend 2025?", "en")]
    [InlineData("MSFT vs GOOG?", "en")]
    [InlineData("Oracles erster Deal mit OpenAI", "de")]
    [InlineData("Google-Mutter Budget bitte", "de")]
    [InlineData("AWS total 2025 pls", "en")]
    [InlineData("KI Gipfel Paris Zusagen", "de")]
    [InlineData("Amazon nicht 2024", "de")]
    public void Parse_ShortChattyText_DetectsLanguageWithoutNames(string question, Language expected)
    {
        Assert.Equal(expected, Parse(question).Language);
    }

    [Theory]
    [InlineData("Wie viel investiert Musks Firma xAI in KI?", "xAI")]
    [InlineData("How much does Elon Musk's xAI invest?", "xAI")]
    [InlineData("How much does Zuckerberg's foundation Chan invest?", "Chan")]
    [InlineData("How much is Sam Altman's Worldcoin investing?", "Worldcoin")]
    [InlineData("how much is elon musk's xai spending on ai", "xai")]
    [InlineData("Wie viel investiert Sam Altmans Worldcoin?", "Worldcoin")]
    [InlineData("wie viel steckt zuckerbergs czi in ki", "czi")]
    public void Parse_UnknownOrganisationOfKnownPerson_StaysUnknown(string question, string name)
    {
        var query = Parse(question);

        Assert.Empty(query.Subjects);
        Assert.Equal([name], query.UnknownNames);
        Assert.True(query.UnknownIsActor);
    }

    [Theory]
    [InlineData("meta's capex 2025", "meta")]
    [InlineData("meta's buget 2025", "meta")]
    [InlineData("Metas Budget 2025", "meta")]
    [InlineData("Amazons Investitionen 2025", "amazon")]
    [InlineData("Zuckerbergs Budget für 2025", "meta")]
    [InlineData("Musks KI-Ausgaben 2024", "tesla")]
    [InlineData("elon musk's ai spending", "tesla")]
    [InlineData("Oracles Deal im Juni", "oracle")]
    [InlineData("oracles september deal", "oracle")]
    [InlineData("Oracles frühester Deal?", "oracle")]
    [InlineData("oracle's biggest deal", "oracle")]
    [InlineData("Metas neuestes Rechenzentrum", "meta")]
    public void Parse_KnownSubjectPossessiveWithVocabulary_KeepsSubject(string question, string subject)
    {
        var query = Parse(question);

        Assert.Equal([subject], query.Subjects.Select(s => s.Id));
    }

    [Theory]
    [InlineData("france total, not just brookfield's share", "france")]
    [InlineData("Frankreich insgesamt, nicht der Anteil aus den Emiraten", "france")]
    [InlineData("Wie viel investiert Microsoft, nicht Meta?", "microsoft")]
    [InlineData("not meta but amazon 2025", "amazon")]
    public void Parse_SubjectNamedOnlyInNegation_IsDropped(string question, string subject)
    {
        Assert.Equal([subject], Parse(question).Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Parse_OnlyNegatedSubjects_KeepsThem()
    {
        Assert.Equal(["meta"], Parse("nicht Meta?").Subjects.Select(s => s.Id));
    }

    [Theory]
    [InlineData("Wie viel Prozent mehr investiert Amazon 2025 als im Vorjahr?", new[] { 2024, 2025 })]
    [InlineData("amazon 2025 vs the previous year", new[] { 2024, 2025 })]
    [InlineData("amazon 2025 compared with the year before", new[] { 2024, 2025 })]
    [InlineData("Wie viel hat Amazon im Vorjahr investiert?", new[] { 2025 })]
    public void Parse_YearBefore_IsRelativeToTheNamedYear(string question, int[] years)
    {
        Assert.Equal(years, Parse(question).Period.Years);
    }

    [Theory]
    [InlineData("Alphabet im ganzen Jahr 2025, nicht nur im ersten Quartal", null, null)]
    [InlineData("alphabet whole year 2025 not just q1", null, null)]
    [InlineData("alphabet 2025, not only the first half", null, null)]
    [InlineData("Alphabet nur im ersten Quartal 2025", 1, null)]
    [InlineData("not 2024, just q1 2025", 1, null)]
    public void Parse_NegatedPartAfterNur_IsNotAsked(string question, int? quarter, int? half)
    {
        var period = Parse(question).Period;

        Assert.Equal(quarter, period.Quarter);
        Assert.Equal(half, period.Half);
    }

    [Theory]
    [InlineData("the bigger oracle deal", FigurePreference.Largest)]
    [InlineData("Oracles kleinerer Deal", FigurePreference.Smallest)]
    [InlineData("Oracles größeres Geschäft", FigurePreference.Largest)]
    [InlineData("den spätesten Oracle-Deal", FigurePreference.Latest)]
    [InlineData("Oracles früherer Deal mit OpenAI", FigurePreference.Earliest)]
    [InlineData("Oracles ältesten Deal", FigurePreference.Earliest)]
    [InlineData("Oracles frühester Deal?", FigurePreference.Earliest)]
    [InlineData("Ist Stargate größer als Frankreichs Plan?", null)]
    [InlineData("the smaller oracle deal", FigurePreference.Smallest)]
    [InlineData("Oracles kleinere Deal", FigurePreference.Smallest)]
    [InlineData("the later oracle deal", FigurePreference.Latest)]
    [InlineData("Oracles erster Deal", FigurePreference.Earliest)]
    [InlineData("Alphabet first quarter", null)]
    public void Parse_SizeAndOrderWords_SetPreference(string question, FigurePreference? expected)
    {
        Assert.Equal(expected, Parse(question).Preference);
    }

    [Theory]
    [InlineData("who said 3 to 4 trillion?", true)]
    [InlineData("Wer hat die 109 Mrd. angekündigt?", true)]
    [InlineData("Wer investiert am meisten?", false)]
    [InlineData("who spends most on AI", false)]
    public void Parse_WhoWithNamedFigure_WantsAttribution(string question, bool expected)
    {
        Assert.Equal(expected, Parse(question).WantsQuotes);
    }

    [Theory]
    [InlineData("Wann hat Zuckerberg das Budget erhöht?", true)]
    [InlineData("When was the Oracle deal?", true)]
    [InlineData("Wie viel investiert Meta?", false)]
    public void Parse_WhenQuestion_IsMarked(string question, bool expected)
    {
        Assert.Equal(expected, Parse(question).AsksWhen);
    }
}
