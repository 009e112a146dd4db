using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing.Forms;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Editing.Forms;

/// <summary>The fact form's rules, one at a time, on a small knowledge of its own.</summary>
public sealed class FactFormReaderRulesTests
{
    private const string Quote = "Acme will 2025 rund 12 Milliarden Dollar investieren.";
    private static readonly Fact Existing = SmallKnowledge.Spending("acme", 12) with { Id = "acme-capex-2025", Quote = Quote };
    private static readonly KnowledgeBase Knowledge = SmallKnowledge.With(Existing);

    private static FactForm NewForm(
        string subject = "Acme", string amount = "rund 12 Mrd. US-Dollar", string period = "2025", string source = "article-1",
        string quote = Quote, string statements = "de: Acme: 12 Mrd.\nen: Acme: $12bn", string? kind = "capex", IReadOnlyList<string>? topics = null, string? id = null) =>
        new(subject, amount, period, source, quote, statements, kind, topics ?? [], id);

    private static FactFormResult Read(FactForm form) => FactFormReader.Read(form, Knowledge, Language.German);

    [Fact]
    public void Read_CompleteNewFact_WritesTheWholeBlock()
    {
        var result = Read(NewForm(topics: ["data-centers"], id: "acme-neu"));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(
            "id: acme-neu\nsubject: acme\nkind: capex\ntopics: [data-centers]\namount: { value: 12, currency: USD, scale: billion, qualifier: around }\nperiod: { year: 2025 }\n"
            + "statement:\n  de: \"Acme: 12 Mrd.\"\n  en: \"Acme: $12bn\"\nsource: article-1\nquote: \"" + Quote + "\"\n",
            result.Yaml);
        Assert.Equal("acme-neu", result.FactId);
        Assert.Equal(new Amount(12, 12, Unit.Money, "USD", Scale.Billion, Qualifier.Around), result.Amount);
        Assert.Equal(PeriodKind.Year, result.Period!.Kind);
        Assert.Equal(2025, result.Period.Year);
        Assert.Empty(result.GeneratedStatements!);
    }

    [Fact]
    public void Read_NoPeriod_WritesNoPeriodKey()
    {
        var result = Read(NewForm(period: " "));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.DoesNotContain("period:", result.Yaml, StringComparison.Ordinal);
        Assert.Equal("acme-capex", result.FactId);
    }

    [Fact]
    public void Read_NoAmountButStatements_WritesNoAmountKey()
    {
        var result = Read(NewForm(amount: "", kind: "note", quote: "Acme will 2025 investieren."));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.DoesNotContain("amount:", result.Yaml, StringComparison.Ordinal);
        Assert.Equal("acme-note-2025", result.FactId);
    }

    [Theory]
    [InlineData("capex", "2025", "acme-capex-2025-2")]
    [InlineData("data_centers", "2025", "acme-data-centers-2025")]
    [InlineData("capex", "2026", "acme-capex-2026")]
    public void Read_NoId_DerivesAFreeOneFromSubjectKindAndYear(string kind, string period, string expected)
    {
        var result = Read(NewForm(kind: kind, period: period, quote: Quote + " 2026"));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(expected, result.FactId);
        Assert.StartsWith($"id: {expected}\n", result.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoIdAndTwoTaken_CountsOn()
    {
        var knowledge = SmallKnowledge.With(Existing, Existing with { Id = "acme-capex-2025-2" });

        var result = FactFormReader.Read(NewForm(), knowledge, Language.German);

        Assert.Equal("acme-capex-2025-3", result.FactId);
    }

    [Theory]
    [InlineData(" acme-neu ", "acme-neu")]
    [InlineData("a", "a")]
    [InlineData("acme.v2_x-1", "acme.v2_x-1")]
    public void Read_GivenId_IsTrimmedAndKept(string id, string expected)
    {
        Assert.Equal(expected, Read(NewForm(id: id)).FactId);
    }

    [Theory]
    [InlineData("Acme Neu")]
    [InlineData("-acme")]
    [InlineData("Acme")]
    [InlineData("acme/neu")]
    public void Read_InvalidId_IsRefused(string id)
    {
        var result = Read(NewForm(id: id));

        Assert.Equal([new FactFormProblem(FactFormField.Id, FactFormProblemKind.InvalidId, id)], result.Problems);
    }

    [Fact]
    public void Read_IdOfEightyCharacters_IsFineButEightyOneIsNot()
    {
        Assert.True(Read(NewForm(id: new string('a', 80))).Succeeded);
        Assert.Equal(FactFormProblemKind.InvalidId, Assert.Single(Read(NewForm(id: new string('a', 81))).Problems).Kind);
    }

    [Theory]
    [InlineData("acme")]
    [InlineData("ACME")]
    [InlineData(" Acme ")]
    public void Read_SubjectByIdOrNameInAnyCase_IsFound(string subject)
    {
        Assert.Contains("subject: acme\n", Read(NewForm(subject: subject)).Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SubjectByAliasOrGroupName_IsFound()
    {
        Assert.Contains("subject: trio\n", Read(NewForm(subject: "das trio")).Yaml, StringComparison.Ordinal);
        Assert.Contains("subject: trio\n", Read(NewForm(subject: "TRIO")).Yaml, StringComparison.Ordinal);
        Assert.Contains("subject: ruritania\n", Read(NewForm(subject: "ruritanien")).Yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FactFormField.Subject)]
    [InlineData(FactFormField.Source)]
    [InlineData(FactFormField.Quote)]
    public void Read_RequiredFieldBlank_IsMissing(FactFormField field)
    {
        var form = field switch
        {
            FactFormField.Subject => NewForm(subject: "  "),
            FactFormField.Source => NewForm(source: ""),
            _ => NewForm(quote: " \n "),
        };

        Assert.Equal([new FactFormProblem(field, FactFormProblemKind.Missing)], Read(form).Problems);
    }

    [Fact]
    public void Read_NewFactWithoutKind_IsMissingTheKind()
    {
        Assert.Equal([new FactFormProblem(FactFormField.Kind, FactFormProblemKind.Missing)], Read(NewForm(kind: " ")).Problems);
    }

    [Fact]
    public void Read_UnknownKindSourceAndTopics_AreAllReported()
    {
        var result = Read(NewForm(kind: " dragon ", source: " article-9 ", topics: ["data-centers", " quantum ", "", "quantum"]));

        Assert.Equal(
            [
                new FactFormProblem(FactFormField.Source, FactFormProblemKind.UnknownSource, "article-9"),
                new FactFormProblem(FactFormField.Kind, FactFormProblemKind.UnknownKind, "dragon"),
                new FactFormProblem(FactFormField.Topics, FactFormProblemKind.UnknownTopic, "quantum"),
            ],
            result.Problems);
    }

    [Fact]
    public void Read_TopicsWithBlanksAndRepeats_AreWrittenOnceEach()
    {
        var result = Read(NewForm(topics: [" data-centers", "", "data-centers "]));

        Assert.Contains("topics: [data-centers]\n", result.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SourceWithSpaces_IsTrimmed()
    {
        Assert.Contains("source: article-2\n", Read(NewForm(source: " article-2 ")).Yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FactFormField.Subject)]
    [InlineData(FactFormField.Amount)]
    [InlineData(FactFormField.Period)]
    [InlineData(FactFormField.Source)]
    [InlineData(FactFormField.Quote)]
    [InlineData(FactFormField.Statements)]
    [InlineData(FactFormField.Kind)]
    [InlineData(FactFormField.Id)]
    [InlineData(FactFormField.Topics)]
    public void Read_AnyFieldOverTheLimit_IsTooLong(FactFormField field)
    {
        var result = Read(WithField(field, new string('x', FactFormReader.MaxValueLength + 1)));

        Assert.Equal([new FactFormProblem(field, FactFormProblemKind.TooLong, "4000")], result.Problems);
    }

    [Fact]
    public void Read_QuoteOfExactlyTheLimit_IsNotTooLong()
    {
        var quote = Quote + new string(' ', FactFormReader.MaxValueLength - Quote.Length);

        Assert.True(Read(NewForm(quote: quote)).Succeeded);
    }

    [Theory]
    [InlineData(FactFormField.Subject, "\t", "U+0009")]
    [InlineData(FactFormField.Amount, "\n", "U+000A")]
    [InlineData(FactFormField.Period, "\r", "U+000D")]
    [InlineData(FactFormField.Source, "\n", "U+000A")]
    [InlineData(FactFormField.Kind, "\n", "U+000A")]
    [InlineData(FactFormField.Id, "\n", "U+000A")]
    [InlineData(FactFormField.Topics, "\n", "U+000A")]
    [InlineData(FactFormField.Quote, "\u0007", "U+0007")]
    [InlineData(FactFormField.Statements, "\u001b", "U+001B")]
    public void Read_LineBreakOutsideParagraphsOrControlAnywhere_IsRefused(FactFormField field, string character, string detail)
    {
        var result = Read(WithField(field, "ab" + character + "cd"));

        Assert.Equal([new FactFormProblem(field, FactFormProblemKind.ControlCharacter, detail)], result.Problems);
    }

    [Fact]
    public void Read_LineBreaksInQuoteAndStatements_AreFine()
    {
        var result = Read(NewForm(quote: "Acme will 2025\nrund 12 Milliarden Dollar\r\n\tinvestieren.", statements: "de: Acme: 12 Mrd.\r\n\r\nen: Acme: $12bn\n"));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Contains("quote: \"" + Quote + "\"\n", result.Yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DE: Acme zwölf\nEn :  Acme twelve ", "Acme zwölf", "Acme twelve")]
    [InlineData("en: only English", "", "only English")]
    [InlineData("de: erst\nde: dann", "dann", "")]
    public void Read_StatementLines_AreReadByLanguage(string statements, string de, string en)
    {
        var result = Read(NewForm(statements: statements, quote: Quote));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        if (de.Length > 0)
        {
            Assert.Equal(de, result.Statement!.In(Language.German));
        }

        if (en.Length > 0)
        {
            Assert.Equal(en, result.Statement!.In(Language.English));
        }

        Assert.Equal(
            new[] { Language.German, Language.English }.Where(l => (l == Language.German ? de : en).Length == 0),
            result.GeneratedStatements);
    }

    [Theory]
    [InlineData("fr: bonjour", "fr: bonjour")]
    [InlineData("de: gut\nnur ein Satz ohne Sprache", "nur ein Satz ohne Sprache")]
    public void Read_StatementLineWithoutLanguage_IsUnreadable(string statements, string detail)
    {
        Assert.Equal([new FactFormProblem(FactFormField.Statements, FactFormProblemKind.UnreadableStatements, detail)], Read(NewForm(statements: statements)).Problems);
    }

    [Fact]
    public void Read_LongUnreadableStatementLine_IsQuotedShort()
    {
        var line = new string('x', 61);

        var problem = Assert.Single(Read(NewForm(statements: line)).Problems);

        Assert.Equal(new string('x', 60) + "…", problem.Detail);
    }

    [Fact]
    public void Read_UnreadableStatementLineOfSixtyCharacters_IsQuotedWhole()
    {
        var line = new string('x', 60);

        Assert.Equal(line, Assert.Single(Read(NewForm(statements: line)).Problems).Detail);
    }

    [Fact]
    public void Read_NoAmountAndAStatementMissing_AsksForStatements()
    {
        var result = Read(NewForm(amount: "", kind: "note", statements: "de: nur Deutsch", quote: "Acme will 2025 investieren."));

        Assert.Equal([new FactFormProblem(FactFormField.Statements, FactFormProblemKind.Missing)], result.Problems);
    }

    [Fact]
    public void Read_NoStatements_WritesBothFromTheFigure()
    {
        var result = Read(NewForm(statements: ""));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal([Language.German, Language.English], result.GeneratedStatements);
        Assert.Contains("12", result.Statement!.In(Language.German), StringComparison.Ordinal);
        Assert.Contains("12", result.Statement.In(Language.English), StringComparison.Ordinal);
        Assert.NotEqual(result.Statement.In(Language.German), result.Statement.In(Language.English));
    }

    [Theory]
    [InlineData("rund 15 Mrd. US-Dollar", "15")]
    [InlineData("10 bis 15 Mrd. US-Dollar", "10, 15")]
    [InlineData("12 bis 15 Mrd. US-Dollar", "15")]
    public void Read_FigureNotInQuote_NamesTheMissingFigures(string amount, string missing)
    {
        Assert.Equal([new FactFormProblem(FactFormField.Quote, FactFormProblemKind.FigureNotInQuote, missing)], Read(NewForm(amount: amount)).Problems);
    }

    [Fact]
    public void Read_DatedFactWithoutAmountWhoseQuoteLacksTheYear_NamesTheYear()
    {
        var result = Read(NewForm(amount: "", kind: "note", period: "2024", quote: "Acme will 2025 investieren."));

        Assert.Equal([new FactFormProblem(FactFormField.Quote, FactFormProblemKind.FigureNotInQuote, "2024")], result.Problems);
    }

    [Fact]
    public void CheckOptions_KnownValues_HaveNoProblems()
    {
        Assert.Empty(FactFormReader.CheckOptions(" article-1 ", "Capex", ["data-centers"], " acme-neu ", Knowledge));
        Assert.Empty(FactFormReader.CheckOptions(null, null, null, null, Knowledge));
    }

    [Fact]
    public void CheckOptions_UnknownValues_AreEachReported()
    {
        var problems = FactFormReader.CheckOptions(" article-9 ", "dragon", ["quantum"], "Acme Neu ", Knowledge);

        Assert.Equal(
            [
                new FactFormProblem(FactFormField.Source, FactFormProblemKind.UnknownSource, "article-9"),
                new FactFormProblem(FactFormField.Kind, FactFormProblemKind.UnknownKind, "dragon"),
                new FactFormProblem(FactFormField.Topics, FactFormProblemKind.UnknownTopic, "quantum"),
                new FactFormProblem(FactFormField.Id, FactFormProblemKind.InvalidId, "Acme Neu"),
            ],
            problems);
    }

    private static FactForm WithField(FactFormField field, string value) => field switch
    {
        FactFormField.Subject => NewForm(subject: value),
        FactFormField.Amount => NewForm(amount: value),
        FactFormField.Period => NewForm(period: value),
        FactFormField.Source => NewForm(source: value),
        FactFormField.Quote => NewForm(quote: value),
        FactFormField.Statements => NewForm(statements: value),
        FactFormField.Kind => NewForm(kind: value),
        FactFormField.Id => NewForm(id: value),
        _ => NewForm(topics: [value]),
    };
}
