using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>The English wording of answers.</summary>
public sealed class EnglishAnswerPhrases : AnswerPhrases
{
    public override string FiguresHeadline(string subject) => $"{subject}: AI investment figures";

    public override string FiguresForPeriodHeadline(string subject, string period) => $"{subject}: figures for {period}";

    public override string FiguresUntilHeadline(string subject, int year) => $"{subject}: figures until {year}";

    public override string TopicHeadline(string topics) => $"Figures on {topics}";

    public override string OtherFigures(string subject) => $"More figures for {subject}";

    public override string FoundHeadline => "What the articles say about it";

    public override string TheseFigures => "these figures";

    public override string OtherPeriods => "Other periods";

    public override string Involving(string subject) => $"Other figures involving {subject}";

    public override string NoFigureForPeriod(string subject, string period) => $"I have no figure for {subject} for {period}.";

    public override string NoFigureForPeriodYet(string subject) => $"I have no figure for {subject} for that period yet; here are the latest figures.";

    public override string NoOwnFigure(string subject) => $"I have no figure for {subject}'s own investment; these figures are others' in which {subject} is involved.";

    public override string NoAmount(string subject) => $"My sources state no amount for {subject}.";

    public override string When(string when) => $"When: {when} (as the source states).";

    public override string Announced(string when) => $"Announced: {when} (as the source states).";

    public override string AsOf(string date) => $"as of {date}";

    public override string OlderFigure(string date) => $"older figure from {date}";

    public override string QuotesTitle => "Sources, quoted verbatim";

    public override string SourcesGone => "Those sources are no longer in the knowledge.";

    public override string QuestionEmpty => "The question is empty.";

    public override string QuestionTooLong(int length, int max) => $"The question is too long ({length} characters; at most {max}).";

    public override string QuestionFarTooLong(int max) => $"The question is too long (more than {max} characters).";

    public override string QuestionControlCharacter(string codePoint) => $"The question contains a control character ({codePoint}).";

    public override string NoFigureForPartButYear(string subject, string part, string year) => $"I have no separate figure for {subject} for {part}; these are the figures for {year}.";

    public override string NoFigureForTopic(string subject, string topic) => $"I have no figure for {subject} on {topic}.";

    public override string NoSeparateShare(string subject, string partners) => $"I have no separate figure for {subject}'s own share; the figure below is the joint total of {partners}.";

    public override string PlanUntilYear(int year) => $"The figure covers the whole period until {year}, not the year {year} alone.";

    public override string MoreFiguresTitle => "More figures (not money)";

    public override string NoFigureAtAll(string subject) => $"I have no figure for {subject}.";

    public override string NoFigureForNames(string names) => $"I have no figure for that: my knowledge has nothing on {names}.";

    public override string NoFigureGeneric => "I have no figure for that in my knowledge.";

    public override string KnownSubjects(string list) => $"I have figures for: {list}.";

    public override string ClarifyHeadline => "Which company or topic would you like figures for?";

    public override string CompareHeadline(string a, string b) => $"Comparison: {a} and {b}";

    public override string Higher(string subject) => $"{subject} has the higher figure.";

    public override string Overlapping => "The ranges overlap; neither figure is clearly higher.";

    public override string DifferentPeriods(string periods) => $"Note: the figures cover different periods ({periods}).";

    public override string DifferentCurrencies => "The figures are in different currencies and not directly comparable.";

    public override string Qualified => "\"More than\", \"around\" and \"almost\" are as stated in the sources.";

    public override string NoComparableFigure(string subject) => $"{subject}: no comparable investment figure";

    public override string NoComparableFigureShort => "no comparable investment figure";

    public override string RankingHeadline(string period) => $"Who invests the most in AI? ({period})";

    public override string RankingAscendingHeadline(string period) => $"Who invests the least in AI? ({period})";

    public override string RankingChosenYear(int year) => $"With no year given, I compare {year}, the year with the most figures.";

    public override string RankingFiscalNote => "Some figures are for a fiscal year, others for a calendar year.";

    public override string RankingLeftOut(string names) => $"No figure for this period: {names}.";

    public override string NoRanking(string period) => $"I have no comparable investment figures for {period}.";

    public override string TotalHeadline(string subjects) => $"Combined: {subjects}";

    public override string TotalLine => "Sum (computed)";

    public override string TotalNote => "The sum is computed from the figures above; no source states it.";

    public override string NoTotal => "These figures cannot be added up.";

    public override string SourcesHeadline => "The articles my figures come from";

    public override string FactCount(int count) => $"{count} figures";

    public override string SubjectsHeadline => "Subjects I have figures for";

    public override string HelpHeadline => "How to ask me";

    public override string GreetingHeadline => "Hi! I answer questions about AI investments, with a source for every figure.";

    public override string SourcesLabel => "Sources";

    public override string NoteLabel => "Note";

    public override string PublisherUnknown => "publisher not stated";

    public override string Untitled => "untitled";

    public override string And => "and";

    public override string Quoted(string text) => $"“{text}”";

    public override string PhrasedByAi => "phrased by AI";

    public override string LanguageNameInEnglish => "English";

    public override string KindName(FactKind kind) => kind switch
    {
        FactKind.Reach => "reach",
        FactKind.Model => "model",
        FactKind.Growth => "growth",
        FactKind.Share => "share",
        _ => "figure",
    };

    public override IReadOnlyList<string> HelpLines { get; } =
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

    public override string AndMore(int count) => $"and {count} more";
}
