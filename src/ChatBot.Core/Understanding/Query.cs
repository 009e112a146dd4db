using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Understanding;

/// <summary>
/// A question as the engine understood it. <see cref="UnknownIsActor"/> says an unknown name stands where the
/// investor does ("investiert Intel", "does Intel invest"), so the question is about that name. Chat platforms can also build one directly from structured
/// command options (/pledge company year) instead of parsing text.
/// </summary>
public sealed record Query(
    string Text,
    Language Language,
    QueryIntent Intent,
    IReadOnlyList<Subject> Subjects,
    IReadOnlyList<Topic> Topics,
    PeriodFilter Period,
    IReadOnlyList<string> UnknownNames,
    bool Ascending = false,
    bool WantsQuotes = false,
    bool UnknownIsActor = false)
{
    /// <summary>Plain numbers the question mentions (not years), to find which fact states "the 109 billion".</summary>
    public IReadOnlyList<decimal> Numbers { get; init; } = [];

    /// <summary>
    /// The question's distinctive words (folded; no question words, subject names or periods), used to put the
    /// figures whose sentences share them first ("Servercluster").
    /// </summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Whether the question asks for money ("wie viel investiert", "how much … spend"), not a count or size.</summary>
    public bool AsksAmount { get; init; }

    /// <summary>The calculation the question asks for ("how much more", "welcher Anteil"); null when none.</summary>
    public ComputationKind? Computation { get; init; }

    /// <summary>The subject the question measures against ("more than <b>Meta</b>"), so a difference is taken from it.</summary>
    public string? BaseSubjectId { get; init; }

    /// <summary>Which figure the question picks by size or order ("the bigger deal"); null when none.</summary>
    public FigurePreference? Preference { get; init; }

    /// <summary>Numbers the question names only as context ("someone said 600 billion – but this year?"); their figures go last.</summary>
    public IReadOnlyList<decimal> ContextNumbers { get; init; } = [];

    /// <summary>Whether the question asks when ("Wann hat Meta das Budget erhöht?").</summary>
    public bool AsksWhen { get; init; }

    /// <summary>Whether the question asks for a whole rather than a part ("das ganze Jahr", "the total").</summary>
    public bool PrefersWhole { get; init; }

    /// <summary>The question asks for figures added up ("combined", "insgesamt", "zusammen").</summary>
    public bool AsksTotal { get; init; }

    /// <summary>Subjects the question leaves out ("wer investiert am meisten, außer Amazon?"); a ranking skips them.</summary>
    public IReadOnlyList<string> ExcludedSubjectIds { get; init; } = [];

    /// <summary>
    /// What the question counts when the knowledge has no word for it ("Wie viele <b>Mitarbeiter</b> hat Amazon?");
    /// null when it counts something known or nothing.
    /// </summary>
    public string? UnknownMeasure { get; init; }

    /// <summary>
    /// A measure the question asks for that investment figures do not give, as written ("share price", "Umsatz");
    /// null when none. It is answered only by a figure whose fact mentions it.
    /// </summary>
    public string? ForeignMeasure { get; init; }

    /// <summary>
    /// Topics the question says of one of several subjects only, topic id to subject id ("Stargate vs Oracle's
    /// deal": the deal is Oracle's); every other topic is said of all subjects.
    /// </summary>
    public IReadOnlyDictionary<string, string> TopicOwners { get; init; } = new Dictionary<string, string>();

    /// <summary>Months named without a year for one of several subjects, subject id to month ("Oracle's June deal").</summary>
    public IReadOnlyDictionary<string, int> MonthOwners { get; init; } = new Dictionary<string, int>();
}
