using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing.Forms;

namespace ChatBot.Core.Tests.Knowledge.Editing.Forms;

public sealed class FactFormReaderTests
{
    private const string Quote = "Dennoch halten die Tech-Konzerne an ihren Plänen fest: Amazon plant 2025 Investitionen von über 100 Milliarden Dollar, im Vorjahr waren es noch 83 Milliarden Dollar.";
    private const string Source = "frankreich-ki-us-techriesen";
    private static readonly KnowledgeBase Knowledge = CuratedKnowledge.Knowledge;

    private static FactForm NewForm(string amount = "über 100 Mrd. Dollar", string period = "2025", string quote = Quote, string statements = "", string subject = "Amazon", string source = Source) =>
        new(subject, amount, period, source, quote, statements, Kind: "capex", Topics: []);

    [Fact]
    public void Read_NewFactWithoutStatements_WritesYamlAndGeneratesBothStatements()
    {
        var result = FactFormReader.Read(NewForm(), Knowledge, Language.German);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal("amazon-capex-2025-2", result.FactId);
        Assert.Equal([Language.German, Language.English], result.GeneratedStatements);
        Assert.Contains("amount: { value: 100, currency: USD, scale: billion, qualifier: more_than }\n", result.Yaml, StringComparison.Ordinal);
        Assert.Contains("period: { year: 2025 }\n", result.Yaml, StringComparison.Ordinal);
        Assert.Contains("100", result.Statement!.In(Language.German), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GivenStatements_AreKeptAndNotGenerated()
    {
        var result = FactFormReader.Read(NewForm(statements: "de: Amazon: über 100 Mrd. Dollar.\nen: Amazon: more than $100 billion."), Knowledge, Language.English);

        Assert.Equal(new LocalizedText([new(Language.German, "Amazon: über 100 Mrd. Dollar."), new(Language.English, "Amazon: more than $100 billion.")]), result.Statement);
        Assert.Empty(result.GeneratedStatements!);
    }

    [Theory]
    [InlineData("über 777 Mrd. Dollar", "2025", FactFormField.Quote, FactFormProblemKind.FigureNotInQuote, "777")]
    [InlineData("ungefähr viel", "2025", FactFormField.Amount, FactFormProblemKind.UnreadableAmount, "ungefähr viel")]
    [InlineData("80 Milliarden", "2025", FactFormField.Amount, FactFormProblemKind.MissingCurrency, "80 Milliarden")]
    [InlineData("über 100 Mrd. Dollar", "irgendwann", FactFormField.Period, FactFormProblemKind.UnreadablePeriod, "irgendwann")]
    public void Read_BadAmountOrPeriod_NamesTheFieldAndValue(string amount, string period, FactFormField field, FactFormProblemKind kind, string detail)
    {
        var result = FactFormReader.Read(NewForm(amount, period), Knowledge, Language.German);

        Assert.Equal([new FactFormProblem(field, kind, detail)], result.Problems);
        Assert.Null(result.Yaml);
    }

    [Fact]
    public void Read_UnknownSubjectAndSource_AreBothReported()
    {
        var result = FactFormReader.Read(NewForm(subject: "\": #", source: "nope"), Knowledge, Language.German);

        Assert.Equal([new FactFormProblem(FactFormField.Subject, FactFormProblemKind.UnknownSubject, "\": #"), new FactFormProblem(FactFormField.Source, FactFormProblemKind.UnknownSource, "nope")], result.Problems);
    }

    [Fact]
    public void Read_ControlCharacterOrOverlongValue_IsRefusedBeforeAnythingElse()
    {
        var control = FactFormReader.Read(NewForm(quote: "Amazon \u001b[31m 100"), Knowledge, Language.German);
        var tooLong = FactFormReader.Read(NewForm(quote: new string('x', 4001)), Knowledge, Language.German);
        var lineBreak = FactFormReader.Read(NewForm(subject: "amazon\n- id: x"), Knowledge, Language.German);

        Assert.Equal([new FactFormProblem(FactFormField.Quote, FactFormProblemKind.ControlCharacter, "U+001B")], control.Problems);
        Assert.Equal([new FactFormProblem(FactFormField.Quote, FactFormProblemKind.TooLong, "4000")], tooLong.Problems);
        Assert.Equal([new FactFormProblem(FactFormField.Subject, FactFormProblemKind.ControlCharacter, "U+000A")], lineBreak.Problems);
    }

    [Fact]
    public void Read_YamlBreakingQuote_IsQuotedIntoOneValue()
    {
        var quote = Quote + " \": #\n- id: injected";

        var result = FactFormReader.Read(NewForm(quote: quote), Knowledge, Language.German);

        Assert.True(result.Succeeded);
        Assert.Contains("quote: \"" + Quote + " \\\": # - id: injected\"\n", result.Yaml, StringComparison.Ordinal);
        Assert.Single(result.Yaml!.Split('\n'), l => l.Contains("id:", StringComparison.Ordinal) && !l.Contains("quote", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EditChangingAmountAndKind_ReplacesOnlyThoseLinesAndKeepsComments()
    {
        var fact = Knowledge.FindFact("amazon-capex-2025")!;
        const string block = "- id: amazon-capex-2025\n  subject: amazon\n  kind: capex\n  # kept comment\n  topics: []\n  amount: { value: 100, currency: USD, scale: billion, qualifier: more_than }\n  period: { year: 2025 }\n  statement:\n    de: \"a\"\n    en: \"b\"\n  source: frankreich-ki-us-techriesen\n  quote: \"q\"\n";
        var prefilled = FactFormPrefill.From(fact, Language.German);
        var form = prefilled with { Amount = "83 Mrd. Dollar", Kind = "investment" };

        var result = FactFormReader.Read(form, Knowledge, Language.German, new FactFormOriginal(fact, block, prefilled));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(block.Replace("{ value: 100, currency: USD, scale: billion, qualifier: more_than }", "{ value: 83, currency: USD, scale: billion }", StringComparison.Ordinal)
            .Replace("kind: capex", "kind: investment", StringComparison.Ordinal), result.Yaml);
    }

    [Fact]
    public void Read_EditClearingThePeriod_RemovesItsKeyAndNothingElse()
    {
        var fact = Knowledge.FindFact("amazon-capex-2025")!;
        const string block = "- id: amazon-capex-2025\n  subject: amazon\n  period: { year: 2025 }\n  quote: \"q\"\n";
        var prefilled = FactFormPrefill.From(fact, Language.English);

        var result = FactFormReader.Read(prefilled with { Period = " " }, Knowledge, Language.English, new FactFormOriginal(fact, block, prefilled));

        Assert.Equal("- id: amazon-capex-2025\n  subject: amazon\n  quote: \"q\"\n", result.Yaml);
    }

    [Fact]
    public void Read_EditSubmittedAsPrefilled_IsUnchanged()
    {
        var fact = Knowledge.FindFact("amazon-capex-2025")!;
        var prefilled = FactFormPrefill.From(fact, Language.German);

        var result = FactFormReader.Read(prefilled, Knowledge, Language.German, new FactFormOriginal(fact, "- id: amazon-capex-2025\n", prefilled));

        Assert.Equal(FactFormProblemKind.Unchanged, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void Prefill_EveryCuratedFact_ReadsBackAsTheSameFigureAndPeriodWhenRetyped()
    {
        var unreadable = new List<string>();
        foreach (var fact in Knowledge.Facts.Where(f => f.Amount is not null))
        {
            foreach (var language in new[] { Language.German, Language.English })
            {
                var prefilled = FactFormPrefill.From(fact, language);
                if (ChatBot.Core.Ingest.FigureScanner.ParseAmount(prefilled.Amount, language) != fact.Amount)
                {
                    unreadable.Add($"{fact.Id} ({language.Code}): {prefilled.Amount}");
                }
            }
        }

        // Retyping the shown figure must give the same figure for nearly every fact; the rest keep their exact value when untouched.
        Assert.True(unreadable.Count <= Knowledge.Facts.Count / 5, string.Join("\n", unreadable));
    }
}
