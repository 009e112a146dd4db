using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// The fixed wording of answers in one language. Figures never appear here; they come from facts. Public so that
/// platform renderers use the same words and quotation marks as the engine instead of keeping copies.
/// </summary>
public abstract class AnswerPhrases
{
    public abstract string FiguresHeadline(string subject);

    public abstract string FiguresForPeriodHeadline(string subject, string period);

    public abstract string FiguresUntilHeadline(string subject, int year);

    public abstract string TopicHeadline(string topics);

    public abstract string OtherFigures(string subject);

    public abstract string FoundHeadline { get; }

    public abstract string TheseFigures { get; }

    public abstract string OtherPeriods { get; }

    public abstract string Involving(string subject);

    public abstract string NoFigureForPeriod(string subject, string period);

    // The heading names the year; the lead repeats no number, so the first figure line stays the newest figure.
    public abstract string NoFigureForPeriodYet(string subject);

    public abstract string NoOwnFigure(string subject);

    public abstract string NoAmount(string subject);

    public abstract string When(string when);

    public abstract string Announced(string when);

    /// <summary>The note on a figure from a dated source: "Stand: 15. Januar 2025" / "as of 15 January 2025".</summary>
    public abstract string AsOf(string date);

    /// <summary>The note on a figure a newer source superseded for the same subject and period.</summary>
    public abstract string OlderFigure(string date);

    /// <summary>One line saying why a text cannot be answered as a question.</summary>
    public string Refusal(QuestionRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Reason switch
        {
            QuestionRefusalReason.Empty => QuestionEmpty,
            QuestionRefusalReason.TooLong when refusal.Length is { } length => QuestionTooLong(length, QuestionGuard.MaxLength),
            QuestionRefusalReason.TooLong => QuestionFarTooLong(QuestionGuard.MaxLength),
            _ => QuestionControlCharacter($"U+{refusal.CodePoint:X4}"),
        };
    }

    /// <summary>The title over the verbatim quotes a platform shows on request.</summary>
    public abstract string QuotesTitle { get; }

    /// <summary>Said when quotes are asked for sources a reload has removed since the answer.</summary>
    public abstract string SourcesGone { get; }

    public abstract string QuestionEmpty { get; }

    public abstract string QuestionTooLong(int length, int max);

    /// <summary>A text too long to even count, so only the limit is named.</summary>
    public abstract string QuestionFarTooLong(int max);

    public abstract string QuestionControlCharacter(string codePoint);

    public abstract string NoFigureForPartButYear(string subject, string part, string year);

    public abstract string NoFigureForTopic(string subject, string topic);

    public abstract string NoSeparateShare(string subject, string partners);

    public abstract string PlanUntilYear(int year);

    public abstract string MoreFiguresTitle { get; }

    public abstract string NoFigureAtAll(string subject);

    public abstract string NoFigureForNames(string names);

    public abstract string NoFigureGeneric { get; }

    public abstract string KnownSubjects(string list);

    public abstract string ClarifyHeadline { get; }

    public abstract string CompareHeadline(string a, string b);

    public abstract string Higher(string subject);

    public abstract string Overlapping { get; }

    public abstract string DifferentPeriods(string periods);

    public abstract string DifferentCurrencies { get; }

    public abstract string Qualified { get; }

    public abstract string NoComparableFigure(string subject);

    public abstract string NoComparableFigureShort { get; }

    public abstract string RankingHeadline(string period);

    public abstract string RankingAscendingHeadline(string period);

    public abstract string RankingChosenYear(int year);

    public abstract string RankingFiscalNote { get; }

    public abstract string RankingLeftOut(string names);

    public abstract string NoRanking(string period);

    public abstract string TotalHeadline(string subjects);

    public abstract string TotalLine { get; }

    public abstract string TotalNote { get; }

    public abstract string NoTotal { get; }

    public abstract string SourcesHeadline { get; }

    public abstract string FactCount(int count);

    public abstract string SubjectsHeadline { get; }

    public abstract string HelpHeadline { get; }

    public abstract string GreetingHeadline { get; }

    public abstract string SourcesLabel { get; }

    public abstract string NoteLabel { get; }

    public abstract string PublisherUnknown { get; }

    public abstract string Untitled { get; }

    public abstract string And { get; }

    public abstract string Quoted(string text);

    /// <summary>The label under an answer a language model phrased ("phrased by AI").</summary>
    public abstract string PhrasedByAi { get; }

    /// <summary>The language's name in English, for the phrasing model's instructions (which are in English).</summary>
    public abstract string LanguageNameInEnglish { get; }

    /// <summary>The name of a kind of non-money figure ("reach", "model"), or a generic word for the others.</summary>
    public abstract string KindName(FactKind kind);

    /// <summary>Example questions for the help answer.</summary>
    public abstract IReadOnlyList<string> HelpLines { get; }

    /// <summary>"… and 3 more", after a shortened list.</summary>
    public abstract string AndMore(int count);

    /// <summary>A list of at most <paramref name="limit"/> names, then "and N more": large knowledge stays readable.</summary>
    public string ShortList(IReadOnlyList<string> items, int limit = 12)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count <= limit ? List(items) : $"{string.Join(", ", items.Take(limit))} {AndMore(items.Count - limit)}";
    }

    /// <summary>"„Title“ – Publisher", with honest placeholders where the article does not say.</summary>
    public string SourceLine(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var title = source.Title is { } t ? Quoted(t) : $"{Untitled} ({source.File ?? source.Id})";
        return $"{title} – {source.Publisher ?? PublisherUnknown}";
    }

    public string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {And} {list[^1]}";
    }
}
