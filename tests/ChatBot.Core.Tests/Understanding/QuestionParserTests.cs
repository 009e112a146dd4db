using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;
using Moq;

namespace ChatBot.Core.Tests.Understanding;

public class QuestionParserTests
{
    private static readonly QuestionParser Parser = new(new FixedClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero)));

    private static Query Parse(string question) => Parser.Parse(question, CuratedKnowledge.Knowledge);

    [Theory]
    [InlineData("Wie viel investiert Meta?", "de")]
    [InlineData("How much does Meta invest?", "en")]
    [InlineData("Welche Firma gibt am meisten für KI aus", "de")]
    [InlineData("Geschäftsjahr", "de")]
    [InlineData("pledge amazon", "en")]
    public void Parse_DetectsLanguage(string question, Language expected)
    {
        Assert.Equal(expected, Parse(question).Language);
    }

    [Theory]
    [InlineData("Mircosoft", "microsoft")]
    [InlineData("Microsfot investments", "microsoft")]
    [InlineData("Amazn", "amazon")]
    [InlineData("Alphabeth", "alphabet")]
    [InlineData("Google-Mutter", "alphabet")]
    [InlineData("Facebook", "meta")]
    [InlineData("Metas Budget", "meta")]
    [InlineData("Oracle's deal", "oracle")]
    [InlineData("Frankreichs Pläne", "france")]
    [InlineData("AWS", "amazon")]
    [InlineData("die großen Vier", "big-four")]
    [InlineData("die grossen vier", "big-four")]
    [InlineData("the big four", "big-four")]
    public void Parse_AliasesTyposAndGenitives_FindSubject(string question, string subjectId)
    {
        Assert.Equal(subjectId, Assert.Single(Parse(question).Subjects).Id);
    }

    [Theory]
    [InlineData("Meta 2025", new[] { 2025 }, false, null)]
    [InlineData("Microsoft FY25", new[] { 2025 }, true, null)]
    [InlineData("Microsoft im Geschäftsjahr 2025", new[] { 2025 }, true, null)]
    [InlineData("Microsoft fiscal year 2025", new[] { 2025 }, true, null)]
    [InlineData("Alphabet Q1 2025", new[] { 2025 }, false, 1)]
    [InlineData("Alphabet im ersten Quartal 2025", new[] { 2025 }, false, 1)]
    [InlineData("Alphabet im 1. Quartal", new int[0], false, 1)]
    [InlineData("Amazon 2024 und 2025", new[] { 2024, 2025 }, false, null)]
    public void Parse_Periods(string question, int[] years, bool fiscal, int? quarter)
    {
        var period = Parse(question).Period;

        Assert.Equal(years, period.Years);
        Assert.Equal(fiscal, period.FiscalYear);
        Assert.Equal(quarter, period.Quarter);
    }

    [Theory]
    [InlineData("Meta bis 2028", 2028)]
    [InlineData("big four by the end of 2026", 2026)]
    [InlineData("die großen Vier bis Ende 2026", 2026)]
    public void Parse_UntilYear(string question, int until)
    {
        Assert.Equal(until, Parse(question).Period.UntilYear);
    }

    [Fact]
    public void Parse_RelativeYear_UsesClock()
    {
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var parser = new QuestionParser(clock.Object);

        Assert.Equal([2024], parser.Parse("Amazon dieses Jahr", CuratedKnowledge.Knowledge).Period.Years);
        Assert.Equal([2023], parser.Parse("Amazon last year", CuratedKnowledge.Knowledge).Period.Years);
    }

    [Theory]
    [InlineData("KI-Rechenzentren", "data-centers")]
    [InlineData("data centers", "data-centers")]
    [InlineData("Rechenzentrumsausbau", "data-centers")]
    [InlineData("Bildung", "education")]
    [InlineData("EU AI Act", "regulation")]
    public void Parse_Topics_MatchStemsAndCompounds(string question, string topicId)
    {
        Assert.Contains(Parse(question).Topics, t => t.Id == topicId);
    }

    [Theory]
    [InlineData("Wie viel investiert Intel?", "Intel")]
    [InlineData("how much does nokia invest", "nokia")]
    public void Parse_UnknownNames_AreReported(string question, string name)
    {
        Assert.Contains(name, Parse(question).UnknownNames);
    }

    [Theory]
    [InlineData("Wie viel investiert Microsoft in KI-Rechenzentren im Geschäftsjahr 2025?")]
    [InlineData("How much money will Amazon spend on AI infrastructure this year?")]
    [InlineData("Wie hoch sind die geplanten Ausgaben von Meta?")]
    public void Parse_OrdinaryQuestionWords_AreNotUnknownNames(string question)
    {
        Assert.Empty(Parse(question).UnknownNames);
    }

    [Fact]
    public void Parse_NumbersInQuestion_NeverBecomeUnknownNames()
    {
        Assert.DoesNotContain(Parse("say 999 billion").UnknownNames, n => n.Any(char.IsDigit));
    }
}
