using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>
/// The fixed wording of answers, per language. Figures never appear here; they come from facts. Public so that platform
/// renderers use the same words and quotation marks as the engine instead of keeping copies.
/// </summary>
public sealed class Phrases
{
    public static readonly Phrases German = new(Language.German);
    public static readonly Phrases English = new(Language.English);

    private readonly bool _de;

    private Phrases(Language language) => _de = language == Language.German;

    public static Phrases For(Language language) => language == Language.German ? German : English;

    public string FiguresHeadline(string subject) => _de ? $"{subject}: Zahlen zu KI-Investitionen" : $"{subject}: AI investment figures";

    public string FiguresForPeriodHeadline(string subject, string period) => _de ? $"{subject}: Zahlen für {period}" : $"{subject}: figures for {period}";

    public string FiguresUntilHeadline(string subject, int year) => _de ? $"{subject}: Zahlen bis {year}" : $"{subject}: figures until {year}";

    public string TopicHeadline(string topics) => _de ? $"Zahlen zum Thema {topics}" : $"Figures on {topics}";

    public string OtherFigures(string subject) => _de ? $"Weitere Zahlen zu {subject}" : $"More figures for {subject}";

    public string FoundHeadline => _de ? "Diese Angaben finde ich dazu in den Artikeln" : "What the articles say about it";

    public string TheseFigures => _de ? "diese Angaben" : "these figures";

    public string OtherPeriods => _de ? "Andere Zeiträume" : "Other periods";

    public string Involving(string subject) => _de ? $"Weitere Zahlen mit Beteiligung von {subject}" : $"Other figures involving {subject}";

    public string NoFigureForPeriod(string subject, string period) =>
        _de ? $"Für {period} habe ich keine Zahl zu {subject}." : $"I have no figure for {subject} for {period}.";

    // The heading names the year; the lead repeats no number, so the first figure line stays the newest figure.
    public string NoFigureForPeriodYet(string subject) =>
        _de ? $"Für diesen Zeitraum habe ich noch keine Zahl zu {subject}; hier die neuesten Angaben." : $"I have no figure for {subject} for that period yet; here are the latest figures.";

    public string NoOwnFigure(string subject) => _de
        ? $"Eine eigene Investitionszahl von {subject} habe ich nicht; diese Zahlen betreffen andere, an denen {subject} beteiligt ist."
        : $"I have no figure for {subject}'s own investment; these figures are others' in which {subject} is involved.";

    public string NoAmount(string subject) => _de
        ? $"Einen Betrag zu {subject} nennen meine Quellen nicht."
        : $"My sources state no amount for {subject}.";

    public string When(string when) => _de ? $"Wann: {when} (laut Quelle)." : $"When: {when} (as the source states).";

    public string Announced(string when) => _de ? $"Bekannt gegeben: {when} (laut Quelle)." : $"Announced: {when} (as the source states).";

    public string NoFigureForPartButYear(string subject, string part, string year) =>
        _de ? $"Für {part} habe ich keine eigene Zahl zu {subject}; das sind die Zahlen für {year}." : $"I have no separate figure for {subject} for {part}; these are the figures for {year}.";

    public string NoFigureForTopic(string subject, string topic) =>
        _de ? $"Zu {subject} habe ich keine Zahl zum Thema {topic}." : $"I have no figure for {subject} on {topic}.";

    public string NoSeparateShare(string subject, string partners) => _de
        ? $"Eine eigene Zahl für den Anteil von {subject} habe ich nicht; die folgende Zahl ist der gemeinsame Gesamtbetrag von {partners}."
        : $"I have no separate figure for {subject}'s own share; the figure below is the joint total of {partners}.";

    public string PlanUntilYear(int year) => _de
        ? $"Die Zahl gilt für den gesamten Zeitraum bis {year}, nicht für das Jahr {year} allein."
        : $"The figure covers the whole period until {year}, not the year {year} alone.";

    public string MoreFiguresTitle => _de ? "Weitere Zahlen (keine Geldbeträge)" : "More figures (not money)";

    public string KindName(FactKind kind) => (kind, _de) switch
    {
        (FactKind.Reach, true) => "Reichweite",
        (FactKind.Reach, false) => "reach",
        (FactKind.Model, true) => "Modell",
        (FactKind.Model, false) => "model",
        (FactKind.Growth, true) => "Wachstum",
        (FactKind.Growth, false) => "growth",
        (FactKind.Share, true) => "Anteil",
        (FactKind.Share, false) => "share",
        (_, true) => "Angabe",
        _ => "figure",
    };

    public string NoFigureAtAll(string subject) =>
        _de ? $"Zu {subject} habe ich keine Zahl." : $"I have no figure for {subject}.";

    public string NoFigureForNames(string names) =>
        _de ? $"Dazu habe ich keine Zahl: Meine Wissensbasis enthält nichts zu {names}." : $"I have no figure for that: my knowledge has nothing on {names}.";

    public string NoFigureGeneric => _de ? "Dazu habe ich keine Zahl in meiner Wissensbasis." : "I have no figure for that in my knowledge.";

    public string KnownSubjects(string list) => _de ? $"Zahlen habe ich zu: {list}." : $"I have figures for: {list}.";

    public string ClarifyHeadline => _de ? "Zu welchem Unternehmen oder Thema möchtest du Zahlen?" : "Which company or topic would you like figures for?";

    public string CompareHeadline(string a, string b) => _de ? $"Vergleich: {a} und {b}" : $"Comparison: {a} and {b}";

    public string Higher(string subject) => _de ? $"{subject} nennt die höhere Zahl." : $"{subject} has the higher figure.";

    public string Overlapping => _de ? "Die Spannen überschneiden sich; keine der Zahlen ist eindeutig höher." : "The ranges overlap; neither figure is clearly higher.";

    public string DifferentPeriods(string periods) =>
        _de ? $"Achtung: Die Zahlen betreffen unterschiedliche Zeiträume ({periods})." : $"Note: the figures cover different periods ({periods}).";

    public string DifferentCurrencies => _de ? "Die Zahlen sind in unterschiedlichen Währungen angegeben und nicht direkt vergleichbar." : "The figures are in different currencies and not directly comparable.";

    public string Qualified => _de ? "„Mehr als“, „rund“ und „fast“ stehen so in den Quellen." : "\"More than\", \"around\" and \"almost\" are as stated in the sources.";

    public string NoComparableFigure(string subject) => _de ? $"{subject}: keine vergleichbare Investitionszahl" : $"{subject}: no comparable investment figure";

    public string NoComparableFigureShort => _de ? "keine vergleichbare Investitionszahl" : "no comparable investment figure";

    public string RankingHeadline(string period) => _de ? $"Wer investiert am meisten in KI? ({period})" : $"Who invests the most in AI? ({period})";

    public string RankingAscendingHeadline(string period) => _de ? $"Wer investiert am wenigsten in KI? ({period})" : $"Who invests the least in AI? ({period})";

    public string RankingChosenYear(int year) =>
        _de ? $"Ohne Jahresangabe vergleiche ich {year}, das Jahr mit den meisten Zahlen." : $"With no year given, I compare {year}, the year with the most figures.";

    public string RankingFiscalNote => _de ? "Microsoft berichtet nach Geschäftsjahr, die anderen nach Kalenderjahr." : "Some figures are for a fiscal year, others for a calendar year.";

    public string RankingLeftOut(string names) => _de ? $"Ohne Zahl für diesen Zeitraum: {names}." : $"No figure for this period: {names}.";

    public string NoRanking(string period) => _de ? $"Für {period} habe ich keine vergleichbaren Investitionszahlen." : $"I have no comparable investment figures for {period}.";

    public string TotalHeadline(string subjects) => _de ? $"Zusammen: {subjects}" : $"Combined: {subjects}";

    public string TotalLine => _de ? "Summe (rechnerisch)" : "Sum (computed)";

    public string TotalNote => _de
        ? "Die Summe ist aus den obigen Zahlen errechnet und steht so in keiner Quelle."
        : "The sum is computed from the figures above; no source states it.";

    public string NoTotal => _de ? "Eine Summe lässt sich daraus nicht bilden." : "These figures cannot be added up.";

    public string SourcesHeadline => _de ? "Die Artikel, aus denen meine Zahlen stammen" : "The articles my figures come from";

    public string FactCount(int count) => _de ? $"{count} Zahlen" : $"{count} figures";

    public string SubjectsHeadline => _de ? "Dazu habe ich Zahlen" : "Subjects I have figures for";

    public string HelpHeadline => _de ? "So kannst du mich fragen" : "How to ask me";

    public string GreetingHeadline => _de
        ? "Hallo! Ich beantworte Fragen zu KI-Investitionen, mit Quelle zu jeder Zahl."
        : "Hi! I answer questions about AI investments, with a source for every figure.";

    public IReadOnlyList<string> HelpLines => _de
        ?
        [
            "Wie viel investiert Microsoft in KI?",
            "/pledge meta 2025 – alle Zahlen zu einem Unternehmen, optional für ein Jahr",
            "Vergleiche Amazon und Alphabet",
            "Wer investiert 2025 am meisten?",
            "Wie viel investieren Amazon und Microsoft zusammen?",
            "Was wird in Rechenzentren investiert?",
            "Woher stammt die Zahl zu Stargate?",
            "/sources – die Artikel hinter den Zahlen",
        ]
        :
        [
            "How much does Microsoft invest in AI?",
            "/pledge meta 2025 – all figures for a company, optionally for one year",
            "Compare Amazon and Alphabet",
            "Who invests the most in 2025?",
            "How much do Amazon and Microsoft invest combined?",
            "How much goes into data centres?",
            "Where does the Stargate figure come from?",
            "/sources – the articles behind the figures",
        ];

    public string SourcesLabel => _de ? "Quellen" : "Sources";

    public string NoteLabel => _de ? "Hinweis" : "Note";

    public string PublisherUnknown => _de ? "Herausgeber nicht angegeben" : "publisher not stated";

    public string Untitled => _de ? "ohne Titel" : "untitled";

    public string And => _de ? "und" : "and";

    /// <summary>A list of at most <paramref name="limit"/> names, then "and N more": large knowledge stays readable.</summary>
    public string ShortList(IReadOnlyList<string> items, int limit = 12) => items.Count <= limit
        ? List(items)
        : $"{string.Join(", ", items.Take(limit))} {(_de ? $"und {items.Count - limit} weitere" : $"and {items.Count - limit} more")}";

    /// <summary>"„Title“ – Publisher", with honest placeholders where the article does not say.</summary>
    public string SourceLine(Knowledge.Source source)
    {
        var title = source.Title is { } t ? Quoted(t) : $"{Untitled} ({source.File ?? source.Id})";
        return $"{title} – {source.Publisher ?? PublisherUnknown}";
    }

    public string Quoted(string text) => _de ? $"„{text}“" : $"“{text}”";

    public string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {And} {list[^1]}";
    }
}
