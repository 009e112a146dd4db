using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>Names a question mentions that the small fixture does not know, and whether they stand where an investor does.</summary>
public class QuestionParserNamesTests
{
    private static readonly KnowledgeBase Knowledge = SmallKnowledge.With();

    private static readonly QuestionParser Parser = new(new FixedClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero)));

    private static Query Parse(string question) => Parser.Parse(question, Knowledge);

    [Theory]
    [InlineData("how much does Zorblax invest", new[] { "Zorblax" })]
    [InlineData("how much does zorblax invest", new[] { "zorblax" })]
    [InlineData("Quux and Zorblax", new[] { "Zorblax" })]
    [InlineData("quux Zorblax", new[] { "Zorblax" })]
    [InlineData("Zorblax invests", new[] { "Zorblax" })]
    [InlineData("Zorblax zorblax ZORBLAX", new[] { "Zorblax" })]
    [InlineData("quux zorblax", new[] { "quux", "zorblax" })]
    [InlineData("acme x 2025 zorblax2 600", new string[0])]
    [InlineData("acme investierst planxx", new string[0])]
    [InlineData("acme inve", new[] { "inve" })]
    public void Parse_UnknownWords_AreNamesPreferringCapitalisedOnes(string question, string[] names)
    {
        Assert.Equal(names, Parse(question).UnknownNames);
    }

    [Fact]
    public void Parse_UnknownWordOfFortyLetters_IsStillAName()
    {
        var forty = new string('z', 40);
        var fortyOne = new string('z', 41);

        Assert.Equal([forty], Parse($"acme {forty}").UnknownNames);
        Assert.Empty(Parse($"acme {fortyOne}").UnknownNames);
    }

    [Theory]
    [InlineData("does Zorblax invest", true)]
    [InlineData("Zorblax invests", true)]
    [InlineData("investiert die Zorblax", true)]
    [InlineData("invests the Zorblax", true)]
    [InlineData("report the Zorblax", false)]
    [InlineData("the Zorblax report", false)]
    [InlineData("Zorblax", false)]
    [InlineData("does acme invest", false)]
    public void Parse_UnknownNameNextToASpendingVerb_IsTheActor(string question, bool expected)
    {
        Assert.Equal(expected, Parse(question).UnknownIsActor);
    }

    [Theory]
    [InlineData("How much does Acme's Zorblax invest?", "Zorblax")]
    [InlineData("acme's zorblax", "zorblax")]
    [InlineData("Acme firm Zorblax", "Zorblax")]
    [InlineData("Acme Firma Zorblax", "Zorblax")]
    [InlineData("acme zorBlax", "zorBlax")]
    [InlineData("Acmes zorblax", "zorblax")]
    [InlineData("Wie viel investiert Acmes Startup Zorblax?", "Zorblax")]
    public void Parse_OrganisationOfAKnownSubject_IsTheUnknownActor(string question, string name)
    {
        var query = Parse(question);

        Assert.Empty(query.Subjects);
        Assert.Equal([name], query.UnknownNames);
        Assert.True(query.UnknownIsActor);
    }

    [Theory]
    [InlineData("acme's budget")]
    [InlineData("acme's buget")]
    [InlineData("acme's march 2025 plan")]
    [InlineData("acme firm zorblax")]
    [InlineData("acme's biggest deal")]
    [InlineData("acme's data center")]
    [InlineData("Acmes Rechenzentrum")]
    [InlineData("zorBlax acme")]
    [InlineData("acme's 2025")]
    [InlineData("acme's mony")]
    [InlineData("acme's yearx")]
    public void Parse_OrdinaryWordsAfterAKnownSubject_KeepTheSubject(string question)
    {
        Assert.Equal(["acme"], Parse(question).Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Parse_LongUnknownWordAfterAPossessive_IsTheOrganisation()
    {
        var name = new string('z', 30);

        var query = Parse($"acme's {name}");

        Assert.Empty(query.Subjects);
        Assert.Equal([name], query.UnknownNames);
    }

    [Fact]
    public void Parse_WordsSplitDifferentlyAfterFolding_AreNamedFromTheFoldedWord()
    {
        // A combining accent on a letter without a precomposed form splits the word in the original text only.
        var query = Parse("acme zorbq\u0301lax");

        Assert.Equal(["Zorbqlax"], query.UnknownNames);
        Assert.Equal(["acme"], query.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Parse_WordsSplitDifferentlyAfterFolding_NameNoOrganisation()
    {
        Assert.Equal(["acme"], Parse("Acme's Zorbq\u0301lax").Subjects.Select(s => s.Id));
    }
}
