using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>The German wording of answers.</summary>
public sealed class GermanAnswerPhrases : AnswerPhrases
{
    public override string FiguresHeadline(string subject) => $"{subject}: Zahlen zu KI-Investitionen";

    public override string FiguresForPeriodHeadline(string subject, string period) => $"{subject}: Zahlen für {period}";

    public override string FiguresUntilHeadline(string subject, int year) => $"{subject}: Zahlen bis {year}";

    public override string TopicHeadline(string topics) => $"Zahlen zum Thema {topics}";

    public override string OtherFigures(string subject) => $"Weitere Zahlen zu {subject}";

    public override string FoundHeadline => "Diese Angaben finde ich dazu in den Artikeln";

    public override string TheseFigures => "diese Angaben";

    public override string OtherPeriods => "Andere Zeiträume";

    public override string Involving(string subject) => $"Weitere Zahlen mit Beteiligung von {subject}";

    public override string NoFigureForPeriod(string subject, string period) => $"Für {period} habe ich keine Zahl zu {subject}.";

    public override string NoFigureForPeriodYet(string subject) => $"Für diesen Zeitraum habe ich noch keine Zahl zu {subject}; hier die neuesten Angaben.";

    public override string NoOwnFigure(string subject) => $"Eine eigene Investitionszahl von {subject} habe ich nicht; diese Zahlen betreffen andere, an denen {subject} beteiligt ist.";

    public override string NoAmount(string subject) => $"Einen Betrag zu {subject} nennen meine Quellen nicht.";

    public override string When(string when) => $"Wann: {when} (laut Quelle).";

    public override string Announced(string when) => $"Bekannt gegeben: {when} (laut Quelle).";

    public override string AsOf(string date) => $"Stand: {date}";

    public override string OlderFigure(string date) => $"ältere Angabe vom {date}";

    public override string QuotesTitle => "Quellen im Wortlaut";

    public override string SourcesGone => "Diese Quellen sind nicht mehr in der Wissensbasis.";

    public override string QuestionEmpty => "Die Frage ist leer.";

    public override string QuestionTooLong(int length, int max) => $"Die Frage ist zu lang ({length} Zeichen; höchstens {max}).";

    public override string QuestionFarTooLong(int max) => $"Die Frage ist zu lang (mehr als {max} Zeichen).";

    public override string QuestionControlCharacter(string codePoint) => $"Die Frage enthält ein Steuerzeichen ({codePoint}).";

    public override string NoFigureForPartButYear(string subject, string part, string year) => $"Für {part} habe ich keine eigene Zahl zu {subject}; das sind die Zahlen für {year}.";

    public override string NoFigureForTopic(string subject, string topic) => $"Zu {subject} habe ich keine Zahl zum Thema {topic}.";

    public override string NoSeparateShare(string subject, string partners) => $"Eine eigene Zahl für den Anteil von {subject} habe ich nicht; die folgende Zahl ist der gemeinsame Gesamtbetrag von {partners}.";

    public override string PlanUntilYear(int year) => $"Die Zahl gilt für den gesamten Zeitraum bis {year}, nicht für das Jahr {year} allein.";

    public override string MoreFiguresTitle => "Weitere Zahlen (keine Geldbeträge)";

    public override string NoFigureAtAll(string subject) => $"Zu {subject} habe ich keine Zahl.";

    public override string NoFigureForNames(string names) => $"Dazu habe ich keine Zahl: Meine Wissensbasis enthält nichts zu {names}.";

    public override string NoFigureGeneric => "Dazu habe ich keine Zahl in meiner Wissensbasis.";

    public override string KnownSubjects(string list) => $"Zahlen habe ich zu: {list}.";

    public override string ClarifyHeadline => "Zu welchem Unternehmen oder Thema möchtest du Zahlen?";

    public override string CompareHeadline(string a, string b) => $"Vergleich: {a} und {b}";

    public override string Higher(string subject) => $"{subject} nennt die höhere Zahl.";

    public override string Overlapping => "Die Spannen überschneiden sich; keine der Zahlen ist eindeutig höher.";

    public override string DifferentPeriods(string periods) => $"Achtung: Die Zahlen betreffen unterschiedliche Zeiträume ({periods}).";

    public override string DifferentCurrencies => "Die Zahlen sind in unterschiedlichen Währungen angegeben und nicht direkt vergleichbar.";

    public override string Qualified => "„Mehr als“, „rund“ und „fast“ stehen so in den Quellen.";

    public override string NoComparableFigure(string subject) => $"{subject}: keine vergleichbare Investitionszahl";

    public override string NoComparableFigureShort => "keine vergleichbare Investitionszahl";

    public override string RankingHeadline(string period) => $"Wer investiert am meisten in KI? ({period})";

    public override string RankingAscendingHeadline(string period) => $"Wer investiert am wenigsten in KI? ({period})";

    public override string RankingChosenYear(int year) => $"Ohne Jahresangabe vergleiche ich {year}, das Jahr mit den meisten Zahlen.";

    public override string RankingFiscalNote => "Manche Zahlen gelten für ein Geschäftsjahr, andere für ein Kalenderjahr.";

    public override string RankingLeftOut(string names) => $"Ohne Zahl für diesen Zeitraum: {names}.";

    public override string NoRanking(string period) => $"Für {period} habe ich keine vergleichbaren Investitionszahlen.";

    public override string TotalHeadline(string subjects) => $"Zusammen: {subjects}";

    public override string TotalLine => "Summe (rechnerisch)";

    public override string TotalNote => "Die Summe ist aus den obigen Zahlen errechnet und steht so in keiner Quelle.";

    public override string NoTotal => "Eine Summe lässt sich daraus nicht bilden.";

    public override string SourcesHeadline => "Die Artikel, aus denen meine Zahlen stammen";

    public override string FactCount(int count) => $"{count} Zahlen";

    public override string SubjectsHeadline => "Dazu habe ich Zahlen";

    public override string HelpHeadline => "So kannst du mich fragen";

    public override string GreetingHeadline => "Hallo! Ich beantworte Fragen zu KI-Investitionen, mit Quelle zu jeder Zahl.";

    public override string SourcesLabel => "Quellen";

    public override string NoteLabel => "Hinweis";

    public override string PublisherUnknown => "Herausgeber nicht angegeben";

    public override string Untitled => "ohne Titel";

    public override string And => "und";

    public override string Quoted(string text) => $"„{text}“";

    public override string PhrasedByAi => "formuliert mit KI";

    public override string LanguageNameInEnglish => "German";

    public override string KindName(FactKind kind) => kind switch
    {
        FactKind.Reach => "Reichweite",
        FactKind.Model => "Modell",
        FactKind.Growth => "Wachstum",
        FactKind.Share => "Anteil",
        _ => "Angabe",
    };

    public override IReadOnlyList<string> HelpLines { get; } =
    [
        "Wie viel investiert Microsoft in KI?",
        "/pledge meta 2025 – alle Zahlen zu einem Unternehmen, optional für ein Jahr",
        "Vergleiche Amazon und Alphabet",
        "Wer investiert 2025 am meisten?",
        "Wie viel investieren Amazon und Microsoft zusammen?",
        "Was wird in Rechenzentren investiert?",
        "Woher stammt die Zahl zu Stargate?",
        "/sources – die Artikel hinter den Zahlen",
    ];

    public override string AndMore(int count) => $"und {count} weitere";
}
