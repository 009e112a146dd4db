using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Tests.Languages.Pseudo;

/// <summary>The pseudo-language's AnswerPhrases: every phrase marked, its text arguments left outside the marks.</summary>
internal sealed class PseudoAnswerPhrases : AnswerPhrases
{
    public override string FiguresHeadline(string subject) => PseudoText.Mark("FiguresHeadline", subject);

    public override string FiguresForPeriodHeadline(string subject, string period) => PseudoText.Mark("FiguresForPeriodHeadline", subject, period);

    public override string FiguresUntilHeadline(string subject, int year) => PseudoText.Mark("FiguresUntilHeadline", subject, year);

    public override string TopicHeadline(string topics) => PseudoText.Mark("TopicHeadline", topics);

    public override string OtherFigures(string subject) => PseudoText.Mark("OtherFigures", subject);

    public override string FoundHeadline => PseudoText.Mark("FoundHeadline");

    public override string TheseFigures => PseudoText.Mark("TheseFigures");

    public override string OtherPeriods => PseudoText.Mark("OtherPeriods");

    public override string Involving(string subject) => PseudoText.Mark("Involving", subject);

    public override string NoFigureForPeriod(string subject, string period) => PseudoText.Mark("NoFigureForPeriod", subject, period);

    public override string NoFigureForPeriodYet(string subject) => PseudoText.Mark("NoFigureForPeriodYet", subject);

    public override string NoOwnFigure(string subject) => PseudoText.Mark("NoOwnFigure", subject);

    public override string NoAmount(string subject) => PseudoText.Mark("NoAmount", subject);

    public override string When(string when) => PseudoText.Mark("When", when);

    public override string Announced(string when) => PseudoText.Mark("Announced", when);

    public override string AsOf(string date) => PseudoText.Mark("AsOf", date);

    public override string OlderFigure(string date) => PseudoText.Mark("OlderFigure", date);

    public override string QuotesTitle => PseudoText.Mark("QuotesTitle");

    public override string SourcesGone => PseudoText.Mark("SourcesGone");

    public override string QuestionEmpty => PseudoText.Mark("QuestionEmpty");

    public override string QuestionTooLong(int length, int max) => PseudoText.Mark("QuestionTooLong", length, max);

    public override string QuestionFarTooLong(int max) => PseudoText.Mark("QuestionFarTooLong", max);

    public override string QuestionControlCharacter(string codePoint) => PseudoText.Mark("QuestionControlCharacter", codePoint);

    public override string NoFigureForPartButYear(string subject, string part, string year) => PseudoText.Mark("NoFigureForPartButYear", subject, part, year);

    public override string NoFigureForTopic(string subject, string topic) => PseudoText.Mark("NoFigureForTopic", subject, topic);

    public override string NoSeparateShare(string subject, string partners) => PseudoText.Mark("NoSeparateShare", subject, partners);

    public override string PlanUntilYear(int year) => PseudoText.Mark("PlanUntilYear", year);

    public override string MoreFiguresTitle => PseudoText.Mark("MoreFiguresTitle");

    public override string NoFigureAtAll(string subject) => PseudoText.Mark("NoFigureAtAll", subject);

    public override string NoFigureForNames(string names) => PseudoText.Mark("NoFigureForNames", names);

    public override string NoFigureGeneric => PseudoText.Mark("NoFigureGeneric");

    public override string KnownSubjects(string list) => PseudoText.Mark("KnownSubjects", list);

    public override string ClarifyHeadline => PseudoText.Mark("ClarifyHeadline");

    public override string CompareHeadline(string a, string b) => PseudoText.Mark("CompareHeadline", a, b);

    public override string Higher(string subject) => PseudoText.Mark("Higher", subject);

    public override string Overlapping => PseudoText.Mark("Overlapping");

    public override string DifferentPeriods(string periods) => PseudoText.Mark("DifferentPeriods", periods);

    public override string DifferentCurrencies => PseudoText.Mark("DifferentCurrencies");

    public override string Qualified => PseudoText.Mark("Qualified");

    public override string NoComparableFigure(string subject) => PseudoText.Mark("NoComparableFigure", subject);

    public override string NoComparableFigureShort => PseudoText.Mark("NoComparableFigureShort");

    public override string RankingHeadline(string period) => PseudoText.Mark("RankingHeadline", period);

    public override string RankingAscendingHeadline(string period) => PseudoText.Mark("RankingAscendingHeadline", period);

    public override string RankingChosenYear(int year) => PseudoText.Mark("RankingChosenYear", year);

    public override string RankingFiscalNote => PseudoText.Mark("RankingFiscalNote");

    public override string RankingLeftOut(string names) => PseudoText.Mark("RankingLeftOut", names);

    public override string NoRanking(string period) => PseudoText.Mark("NoRanking", period);

    public override string TotalHeadline(string subjects) => PseudoText.Mark("TotalHeadline", subjects);

    public override string TotalLine => PseudoText.Mark("TotalLine");

    public override string TotalNote => PseudoText.Mark("TotalNote");

    public override string NoTotal => PseudoText.Mark("NoTotal");

    public override string SourcesHeadline => PseudoText.Mark("SourcesHeadline");

    public override string FactCount(int count) => PseudoText.Mark("FactCount", count);

    public override string SubjectsHeadline => PseudoText.Mark("SubjectsHeadline");

    public override string HelpHeadline => PseudoText.Mark("HelpHeadline");

    public override string GreetingHeadline => PseudoText.Mark("GreetingHeadline");

    public override string SourcesLabel => PseudoText.Mark("SourcesLabel");

    public override string NoteLabel => PseudoText.Mark("NoteLabel");

    public override string PublisherUnknown => PseudoText.Mark("PublisherUnknown");

    public override string Untitled => PseudoText.Mark("Untitled");

    public override string And => PseudoText.Mark("And");

    public override string Quoted(string text) => PseudoText.Mark("Quoted", text);

    public override string PhrasedByAi => PseudoText.Mark("PhrasedByAi");

    public override string LanguageNameInEnglish => PseudoText.Mark("LanguageNameInEnglish");

    public override string KindName(FactKind kind) => PseudoText.Mark("KindName", kind);

    public override IReadOnlyList<string> HelpLines => [PseudoText.Mark("HelpLines")];

    public override string AndMore(int count) => PseudoText.Mark("AndMore", count);
}
