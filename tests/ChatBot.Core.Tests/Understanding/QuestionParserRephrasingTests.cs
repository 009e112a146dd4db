using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>Questions asked in words no eval set uses (tests/eval/probes.jsonl), read as the user means them.</summary>
public class QuestionParserRephrasingTests
{
    private static readonly QuestionParser Parser = new(new FixedClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero)));

    private static Query Parse(string question) => Parser.Parse(question, CuratedKnowledge.Knowledge);

    [Theory]
    [InlineData("nicht Meta, Amazon 2025?", "amazon")]
    [InlineData("not meta, amazon 2025", "amazon")]
    [InlineData("Nicht Microsoft – Alphabet 2025 bitte", "alphabet")]
    [InlineData("alphabet, not microsoft, for 2025", "alphabet")]
    public void Parse_NegationBeforeAClauseMark_ExcludesOnlyTheNegatedName(string question, string asked)
    {
        var query = Parse(question);

        Assert.Equal(asked, Assert.Single(query.Subjects).Id);
        Assert.Equal([2025], query.Period.Years);
    }

    [Fact]
    public void Parse_NegationWithoutClauseMark_StillReachesTheNextWords()
    {
        // Without a mark "nicht Meta Amazon" stays one negated phrase, as before; only the mark ends it.
        var query = Parse("Amazon 2025, nicht 2024");

        Assert.Equal([2025], query.Period.Years);
        Assert.Equal("amazon", Assert.Single(query.Subjects).Id);
    }

    [Theory]
    [InlineData("Wie viel investiert die Deutsche Telekom 2025 in KI?", "Deutsche Telekom")]
    [InlineData("How much does Goldman Sachs invest in ai", "Goldman Sachs")]
    [InlineData("How much does Hewlett Packard Enterprise invest in AI?", "Hewlett Packard Enterprise")]
    [InlineData("Wer hat die Fußball-WM 2014 gewonnen?", "Fußball-WM")]
    public void Parse_AdjacentUnknownWords_AreOneName(string question, string name)
    {
        Assert.Equal(name, Assert.Single(Parse(question).UnknownNames));
    }

    [Theory]
    [InlineData("how much is Anthropic raising", "Anthropic")]
    [InlineData("wie viel investieren kwa zim", "kwa")]
    [InlineData("Wie viel investieren Intel, Samsung?", "Intel")]
    public void Parse_UnknownWordsWrittenDifferentlyOrSplitByAMark_StaySeparate(string question, string first)
    {
        var names = Parse(question).UnknownNames;

        Assert.Equal(first, names[0]);
        Assert.DoesNotContain(names, n => n.Contains(' ', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Wer investiert 2025 am meisten, außer Amazon?")]
    [InlineData("who spends most in 2025 apart from amazon")]
    [InlineData("who invests the most in 2025 except Amazon")]
    public void Parse_RankingExceptOneSubject_RanksWithoutIt(string question)
    {
        var query = Parse(question);

        Assert.Equal(QueryIntent.Rank, query.Intent);
        Assert.Empty(query.Subjects);
        Assert.Equal(["amazon"], query.ExcludedSubjectIds);
    }

    [Fact]
    public void Parse_NegatedSubjectNextToAnAskedOne_IsExcludedButNotAsked()
    {
        var query = Parse("Frankreich insgesamt, nicht nur Brookfield");

        Assert.Equal("france", Assert.Single(query.Subjects).Id);
        Assert.Equal(["brookfield"], query.ExcludedSubjectIds);
    }

    [Fact]
    public void Parse_NegatedNumber_IsContextNotWhatIsAsked()
    {
        var query = Parse("meta but not the 600 billion one");

        Assert.Contains(600m, query.ContextNumbers);
    }

    [Theory]
    [InlineData("Gesamtsumme der vier großen 2025")]
    [InlineData("vier großen Techkonzerne 2025")]
    [InlineData("Ausgaben der großen Vier")]
    public void Parse_AliasBeginningWithAnArticle_MatchesAfterAnotherArticleOrNone(string question)
    {
        Assert.Equal("big-four", Assert.Single(Parse(question).Subjects).Id);
    }

    [Theory]
    [InlineData("add up amazon, microsoft, meta and google for 2025", ComputationKind.Sum)]
    [InlineData("sum up amazon and meta 2025", ComputationKind.Sum)]
    [InlineData("how much did amazon's budget go up from 2024 to 2025", ComputationKind.Change)]
    [InlineData("Um wie viel Prozent liegt Amazons Budget 2025 über dem von 2024?", ComputationKind.PercentChange)]
    [InlineData("Wie viel bleibt Alphabet 2025 nach dem ersten Quartal noch?", ComputationKind.Remainder)]
    [InlineData("Was bleibt von Alphabets Budget nach Q1?", ComputationKind.Remainder)]
    public void Parse_CalculationWords_AskForTheirCalculation(string question, ComputationKind kind)
    {
        Assert.Equal(kind, Parse(question).Computation);
    }

    [Fact]
    public void Parse_BleibtWithoutQuestionWord_AsksNoRemainder()
    {
        Assert.Null(Parse("Tesla bleibt 2025 stabil").Computation);
    }

    [Theory]
    [InlineData("openai's own share of stargate")]
    [InlineData("Wie spät ist es?")]
    [InlineData("Metas eigene Rechenzentren")]
    public void Parse_OrdinaryWords_AreNoUnknownNames(string question)
    {
        Assert.Empty(Parse(question).UnknownNames);
    }

    [Theory]
    [InlineData("Um welchen Faktor ist Oracles Septemberdeal größer als der Junideal?", ComputationKind.Ratio)]
    [InlineData("Oracles Junideal", null)]
    public void Parse_MonthJoinedToAKnownWord_IsReadAsMonthAndWord(string question, ComputationKind? kind)
    {
        var query = Parse(question);

        Assert.Equal("oracle", Assert.Single(query.Subjects).Id);
        Assert.DoesNotContain(query.UnknownNames, n => n.Contains("deal", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(query.Topics, t => t.Id == "deals");
        Assert.Equal(kind, query.Computation);
    }

    [Theory]
    [InlineData("Wie viel investiert Juniper?", "Juniper")]
    [InlineData("How much does Mayor invest?", "Mayor")]
    public void Parse_NameBeginningWithAMonth_StaysAName(string question, string name)
    {
        Assert.Equal(name, Assert.Single(Parse(question).UnknownNames));
    }

    [Fact]
    public void Parse_MonthAfterAPossessive_IsNoOrganisation()
    {
        var query = Parse("Who's bigger: Oracle's Sept deal or Microsoft's FY25 budget?");

        Assert.Empty(query.UnknownNames);
        Assert.Equal(["oracle", "microsoft"], query.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Parse_GroupWithoutOneMember_AsksForTheOtherMembers()
    {
        var query = Parse("die großen Vier ohne Meta 2025 zusammen");

        Assert.Equal(["alphabet", "amazon", "microsoft"], query.Subjects.Select(s => s.Id).Order());
        Assert.Equal(ComputationKind.Sum, query.Computation);
    }

    [Fact]
    public void Parse_RankingWithinAGroupWithoutOneMember_KeepsTheGroup()
    {
        var query = Parse("Wer von den großen Vier außer Meta investiert am meisten?");

        Assert.Equal(QueryIntent.Rank, query.Intent);
        Assert.Equal("big-four", Assert.Single(query.Subjects).Id);
        Assert.Equal(["meta"], query.ExcludedSubjectIds);
    }

    [Theory]
    [InlineData("Wie viele Mitarbeiter hat Amazon?", "Mitarbeiter")]
    [InlineData("how many employees does meta have", "employees")]
    [InlineData("how many organisations use microsoft's ai tools", "organisations")]
    public void Parse_HowManyOfAnUnknownWord_NamesTheMeasure(string question, string measure)
    {
        Assert.Equal(measure, Parse(question).UnknownMeasure);
    }

    [Theory]
    [InlineData("wieviel kohle steckt amazon 2025 in ki")]
    [InlineData("Wie viel steuert OpenAI selbst zu Stargate bei?")]
    [InlineData("Wie viele Milliarden investiert Amazon?")]
    public void Parse_AmountOrKnownWordAfterHowMuch_IsNoUnknownMeasure(string question)
    {
        Assert.Null(Parse(question).UnknownMeasure);
    }
}
