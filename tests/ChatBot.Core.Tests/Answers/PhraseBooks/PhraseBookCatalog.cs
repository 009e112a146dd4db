using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// Every phrase of a phrase book rendered with sample arguments, one entry per phrase and argument case. Text
/// arguments are named placeholders ("‹subject›") so the approved wording shows where each argument lands.
/// </summary>
internal static class PhraseBookCatalog
{
    /// <summary>The text arguments a phrase receives, so tests can check that each one appears in the phrase.</summary>
    public sealed record Entry(string Name, string Text, IReadOnlyList<string> Arguments);

    public static IReadOnlyList<Entry> Render(PhraseBook book)
    {
        var entries = new List<Entry>();
        AddAnswers(entries, book.Answers);
        AddComputation(entries, book.Computation);
        AddFigures(entries, book.Figures);
        AddPeriods(entries, book.Periods);
        return entries;
    }

    /// <summary>The approval file's text: one "Name = text" line per entry.</summary>
    public static string Text(PhraseBook book) =>
        string.Concat(Render(book).Select(e => $"{e.Name} = {e.Text.Replace("\n", "\\n", StringComparison.Ordinal)}\n"));

    private static string A(string name) => $"‹{name}›";

    private static void Add(List<Entry> entries, string name, string text, params string[] arguments) =>
        entries.Add(new Entry(name, text, arguments));

    private static void AddAnswers(List<Entry> e, AnswerPhrases p)
    {
        Add(e, "FiguresHeadline", p.FiguresHeadline(A("subject")), A("subject"));
        Add(e, "FiguresForPeriodHeadline", p.FiguresForPeriodHeadline(A("subject"), A("period")), A("subject"), A("period"));
        Add(e, "FiguresUntilHeadline", p.FiguresUntilHeadline(A("subject"), 2028), A("subject"), "2028");
        Add(e, "TopicHeadline", p.TopicHeadline(A("topics")), A("topics"));
        Add(e, "OtherFigures", p.OtherFigures(A("subject")), A("subject"));
        Add(e, "FoundHeadline", p.FoundHeadline);
        Add(e, "TheseFigures", p.TheseFigures);
        Add(e, "OtherPeriods", p.OtherPeriods);
        Add(e, "Involving", p.Involving(A("subject")), A("subject"));
        Add(e, "NoFigureForPeriod", p.NoFigureForPeriod(A("subject"), A("period")), A("subject"), A("period"));
        Add(e, "NoFigureForPeriodYet", p.NoFigureForPeriodYet(A("subject")), A("subject"));
        Add(e, "NoOwnFigure", p.NoOwnFigure(A("subject")), A("subject"));
        Add(e, "NoAmount", p.NoAmount(A("subject")), A("subject"));
        Add(e, "When", p.When(A("when")), A("when"));
        Add(e, "Announced", p.Announced(A("when")), A("when"));
        Add(e, "AsOf", p.AsOf(A("date")), A("date"));
        Add(e, "OlderFigure", p.OlderFigure(A("date")), A("date"));
        Add(e, "Refusal(Empty)", p.Refusal(new QuestionRefusal(QuestionRefusalReason.Empty)));
        Add(e, "Refusal(TooLong, 1234)", p.Refusal(new QuestionRefusal(QuestionRefusalReason.TooLong, 1234)), "1234", "1000");
        Add(e, "Refusal(TooLong, uncounted)", p.Refusal(new QuestionRefusal(QuestionRefusalReason.TooLong)), "1000");
        Add(e, "Refusal(ControlCharacter, ESC)", p.Refusal(new QuestionRefusal(QuestionRefusalReason.ControlCharacter, CodePoint: 0x1B)), "U+001B");
        Add(e, "QuotesTitle", p.QuotesTitle);
        Add(e, "SourcesGone", p.SourcesGone);
        Add(e, "QuestionEmpty", p.QuestionEmpty);
        Add(e, "QuestionTooLong", p.QuestionTooLong(1500, 1000), "1500", "1000");
        Add(e, "QuestionFarTooLong", p.QuestionFarTooLong(1000), "1000");
        Add(e, "QuestionControlCharacter", p.QuestionControlCharacter(A("codePoint")), A("codePoint"));
        Add(e, "NoFigureForPartButYear", p.NoFigureForPartButYear(A("subject"), A("part"), A("year")), A("subject"), A("part"), A("year"));
        Add(e, "NoFigureForTopic", p.NoFigureForTopic(A("subject"), A("topic")), A("subject"), A("topic"));
        Add(e, "NoSeparateShare", p.NoSeparateShare(A("subject"), A("partners")), A("subject"), A("partners"));
        Add(e, "PlanUntilYear", p.PlanUntilYear(2030), "2030");
        Add(e, "MoreFiguresTitle", p.MoreFiguresTitle);
        Add(e, "NoFigureAtAll", p.NoFigureAtAll(A("subject")), A("subject"));
        Add(e, "NoFigureForNames", p.NoFigureForNames(A("names")), A("names"));
        Add(e, "NoFigureGeneric", p.NoFigureGeneric);
        Add(e, "KnownSubjects", p.KnownSubjects(A("list")), A("list"));
        Add(e, "ClarifyHeadline", p.ClarifyHeadline);
        Add(e, "CompareHeadline", p.CompareHeadline(A("a"), A("b")), A("a"), A("b"));
        Add(e, "Higher", p.Higher(A("subject")), A("subject"));
        Add(e, "Overlapping", p.Overlapping);
        Add(e, "DifferentPeriods", p.DifferentPeriods(A("periods")), A("periods"));
        Add(e, "DifferentCurrencies", p.DifferentCurrencies);
        Add(e, "Qualified", p.Qualified);
        Add(e, "NoComparableFigure", p.NoComparableFigure(A("subject")), A("subject"));
        Add(e, "NoComparableFigureShort", p.NoComparableFigureShort);
        Add(e, "RankingHeadline", p.RankingHeadline(A("period")), A("period"));
        Add(e, "RankingAscendingHeadline", p.RankingAscendingHeadline(A("period")), A("period"));
        Add(e, "RankingChosenYear", p.RankingChosenYear(2025), "2025");
        Add(e, "RankingFiscalNote", p.RankingFiscalNote);
        Add(e, "RankingLeftOut", p.RankingLeftOut(A("names")), A("names"));
        Add(e, "NoRanking", p.NoRanking(A("period")), A("period"));
        Add(e, "TotalHeadline", p.TotalHeadline(A("subjects")), A("subjects"));
        Add(e, "TotalLine", p.TotalLine);
        Add(e, "TotalNote", p.TotalNote);
        Add(e, "NoTotal", p.NoTotal);
        Add(e, "SourcesHeadline", p.SourcesHeadline);
        Add(e, "FactCount", p.FactCount(42), "42");
        Add(e, "SubjectsHeadline", p.SubjectsHeadline);
        Add(e, "HelpHeadline", p.HelpHeadline);
        Add(e, "GreetingHeadline", p.GreetingHeadline);
        Add(e, "SourcesLabel", p.SourcesLabel);
        Add(e, "NoteLabel", p.NoteLabel);
        Add(e, "PublisherUnknown", p.PublisherUnknown);
        Add(e, "Untitled", p.Untitled);
        Add(e, "And", p.And);
        Add(e, "Quoted", p.Quoted(A("text")), A("text"));
        Add(e, "PhrasedByAi", p.PhrasedByAi);
        Add(e, "LanguageNameInEnglish", p.LanguageNameInEnglish);
        foreach (var kind in Enum.GetValues<FactKind>())
        {
            Add(e, $"KindName({kind})", p.KindName(kind));
        }

        for (var i = 0; i < p.HelpLines.Count; i++)
        {
            Add(e, $"HelpLines[{i}]", p.HelpLines[i]);
        }

        Add(e, "HelpLines.Count", $"{p.HelpLines.Count}");
        Add(e, "AndMore", p.AndMore(3), "3");
        Add(e, "ShortList(2 of limit 2)", p.ShortList([A("a"), A("b")], 2), A("a"), A("b"));
        Add(e, "ShortList(3 of limit 2)", p.ShortList([A("a"), A("b"), A("c")], 2), A("a"), A("b"), "1");
        Add(e, "ShortList(13 of default limit)", p.ShortList([.. Enumerable.Range(1, 13).Select(i => $"s{i}")]), "s12", "1");
        Add(e, "ShortList(12 of default limit)", p.ShortList([.. Enumerable.Range(1, 12).Select(i => $"s{i}")]), "s11", "s12");
        Add(e, "SourceLine(titled)", p.SourceLine(new Source("id", A("title"), A("publisher"), null, null, null, "file.txt")), A("title"), A("publisher"));
        Add(e, "SourceLine(untitled, file)", p.SourceLine(new Source("id", null, null, null, null, null, "file.txt")), "file.txt");
        Add(e, "SourceLine(untitled, no file)", p.SourceLine(new Source("the-id", null, A("publisher"), null, null, null, null)), "the-id", A("publisher"));
        Add(e, "List(0)", p.List([]));
        Add(e, "List(1)", p.List([A("a")]), A("a"));
        Add(e, "List(2)", p.List([A("a"), A("b")]), A("a"), A("b"));
        Add(e, "List(3)", p.List([A("a"), A("b"), A("c")]), A("a"), A("b"), A("c"));
    }

    private static void AddComputation(List<Entry> e, ComputationPhrases p)
    {
        foreach (var kind in Enum.GetValues<ComputationKind>())
        {
            Add(e, $"Headline({kind})", p.Headline(kind, A("subjects")), A("subjects"));
            Add(e, $"Explain({kind})", p.Explain(kind, A("a"), A("b")), A("a"));
        }

        Add(e, "ComputedLabel", p.ComputedLabel);
        Add(e, "StatedLabel", p.StatedLabel);
        Add(e, "Inputs", p.Inputs);
        Add(e, "MembersFigures", p.MembersFigures);
        Add(e, "Years", p.Years(4), "4");
        Add(e, "PerYearPeriod", p.PerYearPeriod);
        Add(e, "RestOfPeriod", p.RestOfPeriod(A("period")), A("period"));
        Add(e, "Change", p.Change(A("from"), A("to")), A("from"), A("to"));
        Add(e, "SumOfMembers", p.SumOfMembers);
        Add(e, "StatedFirst", p.StatedFirst);
        Add(e, "CannotCompareCurrencies", p.CannotCompareCurrencies(A("a"), A("b")), A("a"), A("b"));
        Add(e, "CannotCompareUnits", p.CannotCompareUnits);
        Add(e, "Missing", p.Missing(A("subject")), A("subject"));
        Add(e, "NoSpan", p.NoSpan(A("figure")), A("figure"));
        Add(e, "Rounded", p.Rounded);
        Add(e, "ApproximateInputs", p.ApproximateInputs);
        Add(e, "Uncertain", p.Uncertain);
        Add(e, "Straddles", p.Straddles);
        Add(e, "FiscalVsCalendar", p.FiscalVsCalendar(A("periods")), A("periods"));
        Add(e, "DifferentPeriods(computation)", p.DifferentPeriods(A("periods")), A("periods"));
    }

    private static void AddFigures(List<Entry> e, FigurePhrases p)
    {
        foreach (var value in new[] { 0m, 7m, 1000m, 1234567m, 1000.5m, 0.25m, 2.125m, -1500m })
        {
            Add(e, $"Number({value.ToString(System.Globalization.CultureInfo.InvariantCulture)})", p.Number(value));
        }

        foreach (var qualifier in Enum.GetValues<Qualifier>())
        {
            Add(e, $"Qualifier({qualifier})", p.Qualifier(qualifier));
            Add(e, $"Format(80 billion USD, {qualifier})", p.Format(new Amount(80, 80, Unit.Money, "USD", Scale.Billion, qualifier)));
        }

        foreach (var currency in new[] { "USD", "EUR", "GBP", "CHF", "JPY" })
        {
            Add(e, $"CurrencyName({currency})", p.CurrencyName(currency));
            Add(e, $"Amount(60-65 billion {currency})", p.Amount(new Amount(60, 65, Unit.Money, currency, Scale.Billion, Qualifier.Exact)));
            Add(e, $"Amount(1.5 million {currency})", p.Amount(new Amount(1.5m, 1.5m, Unit.Money, currency, Scale.Million, Qualifier.Exact)));
        }

        Add(e, "CurrencyName(null)", p.CurrencyName(null));
        foreach (var scale in Enum.GetValues<Scale>())
        {
            Add(e, $"Amount(1 {scale} EUR)", p.Amount(new Amount(1, 1, Unit.Money, "EUR", scale, Qualifier.Exact)));
            Add(e, $"Amount(2 {scale} EUR)", p.Amount(new Amount(2, 2, Unit.Money, "EUR", scale, Qualifier.Exact)));
            Add(e, $"Amount(1-2 {scale} EUR)", p.Amount(new Amount(1, 2, Unit.Money, "EUR", scale, Qualifier.Exact)));
        }

        foreach (var unit in Enum.GetValues<Unit>().Where(u => u != Unit.Money))
        {
            Add(e, $"Amount(3 {unit})", p.Amount(new Amount(3, 3, unit, null, Scale.One, Qualifier.Exact)));
            Add(e, $"Amount(2-4 {unit})", p.Amount(new Amount(2, 4, unit, null, Scale.One, Qualifier.Exact)));
            Add(e, $"Amount(5 million {unit})", p.Amount(new Amount(5, 5, unit, null, Scale.Million, Qualifier.Exact)));
        }

        Add(e, "Amount(50 Percent)", p.Amount(new Amount(50, 50, Unit.Percent, null, Scale.One, Qualifier.Exact)));
        Add(e, "Amount(50-60 Percent)", p.Amount(new Amount(50, 60, Unit.Percent, null, Scale.One, Qualifier.Exact)));
        Add(e, "Amount(40-50 Percent)", p.Amount(new Amount(40, 50, Unit.Percent, null, Scale.One, Qualifier.Exact)));
    }

    private static void AddPeriods(List<Entry> e, PeriodPhrases p)
    {
        foreach (var month in new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 })
        {
            Add(e, $"Month({month})", p.Month(month));
        }

        Add(e, "Date", p.Date(new DateOnly(2024, 8, 1)), "2024");
        Add(e, "FiscalYear", p.FiscalYear(2025), "2025");
        Add(e, "Quarter", p.Quarter(1, 2025), "2025");
        Add(e, "Half", p.Half(2, 2025), "2025");
        Add(e, "Until", p.Until(2028), "2028");
        Add(e, "FromUntil", p.FromUntil(2025, 2028), "2025", "2028");
        Add(e, "Range", p.Range(2024, 2026), "2024", "2026");
        Add(e, "YearsFrom", p.YearsFrom(4, 2025), "2025");
        Add(e, "NextYears", p.NextYears(5), "5");
        Add(e, "CurrentYear", p.CurrentYear);
        Add(e, "NotStated", p.NotStated);
        Add(e, "YearList(1)", p.YearList([2025]), "2025");
        Add(e, "YearList(2)", p.YearList([2024, 2025]), "2024", "2025");
        Add(e, "YearList(3)", p.YearList([2023, 2024, 2025]), "2023", "2025");
        Add(e, "FiscalYearPrefix", $"[{p.FiscalYearPrefix}]");
        Add(e, "QuarterPrefix", $"[{p.QuarterPrefix(3)}]", "3");
        Add(e, "HalfPrefix", $"[{p.HalfPrefix(2)}]", "2");
    }
}
