using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing.Forms;

namespace ChatBot.Core.Tests.Knowledge.Editing.Forms;

/// <summary>The one template for a statement nobody wrote, as the fact form and ingest drafts both write it.</summary>
public sealed class GeneratedStatementTests
{
    private const string Quote = "Dennoch halten die Tech-Konzerne an ihren Plänen fest: Amazon plant 2025 Investitionen von über 100 Milliarden Dollar, im Vorjahr waren es noch 83 Milliarden Dollar.";
    private static readonly Amount MoreThan100Billion = new(100, 100, Unit.Money, "USD", Scale.Billion, Qualifier.MoreThan);
    private static readonly Period Year2025 = new(PeriodKind.Year, Year: 2025);

    [Theory]
    [InlineData("de", "Amazon: mehr als 100 Mrd. US-Dollar (2025).")]
    [InlineData("en", "Amazon: more than $100 billion (2025).")]
    public void Write_YearPeriod_StatesNameFigureAndPeriod(string code, string expected)
    {
        Assert.Equal(expected, GeneratedStatement.Write("Amazon", MoreThan100Billion, Year2025, (Language)code));
    }

    [Fact]
    public void Write_UnspecifiedPeriod_HasNoParentheses()
    {
        Assert.Equal("Amazon: more than $100 billion.", GeneratedStatement.Write("Amazon", MoreThan100Billion, Period.Unspecified, Language.English));
    }

    [Fact]
    public void FactForm_EmptyStatements_WritesTheTemplateInEveryLanguage()
    {
        var form = new FactForm("Amazon", "über 100 Mrd. Dollar", "2025", "frankreich-ki-us-techriesen", Quote, "", Kind: "capex", Topics: []);

        var result = FactFormReader.Read(form, CuratedKnowledge.Knowledge, Language.German);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        foreach (var language in new[] { Language.German, Language.English })
        {
            Assert.Equal(GeneratedStatement.Write("Amazon", MoreThan100Billion, Year2025, language), result.Statement!.In(language));
        }
    }

    [Fact]
    public void DraftYaml_Proposal_WritesTheTemplateInEveryLanguage()
    {
        var proposal = new FactProposal("amazon-capex-2025", new SubjectMention("amazon", "Amazon", IsNew: false, Distance: 0), FactKind.Capex,
            MoreThan100Billion, Year2025, Quote, "reason", 0.9, DuplicateOf: null);
        var extraction = new ExtractionResult(Language.German, [proposal], [], Paragraphs: 1, RepeatedParagraphs: 0);

        var yaml = DraftYaml.Write(new DraftSource("src", "Title", "Publisher", null, null, "src.txt", new string('0', 64)), extraction);

        Assert.Contains($"      de: \"{GeneratedStatement.Write("Amazon", MoreThan100Billion, Year2025, Language.German)}\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains($"      en: \"{GeneratedStatement.Write("Amazon", MoreThan100Billion, Year2025, Language.English)}\"\n", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr: Amazon: 100")]
    [InlineData("Amazon: 100")]
    public void FactForm_StatementLineInNoKnowledgeLanguage_IsUnreadable(string line)
    {
        var form = new FactForm("Amazon", "über 100 Mrd. Dollar", "2025", "frankreich-ki-us-techriesen", Quote, line, Kind: "capex", Topics: []);

        var result = FactFormReader.Read(form, CuratedKnowledge.Knowledge, Language.German);

        Assert.Equal([new FactFormProblem(FactFormField.Statements, FactFormProblemKind.UnreadableStatements, line)], result.Problems);
    }
}
