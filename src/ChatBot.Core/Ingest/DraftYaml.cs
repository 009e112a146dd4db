using System.Globalization;
using System.Text;
using ChatBot.Core.Knowledge.Editing.Forms;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Ingest;

/// <summary>
/// Writes an extraction as a draft: ordinary knowledge YAML (source, new subjects, facts) with <c>status: proposed</c>
/// on each fact and its reason and confidence as a comment, for a moderator to review, edit and approve.
/// </summary>
public static class DraftYaml
{
    public const string StatusLine = "status: proposed";

    public static string Write(DraftSource source, ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(extraction);
        var yaml = new StringBuilder();
        yaml.Append("# Draft for source \"").Append(source.Id).Append("\": proposed facts, never served until approved.\n")
            .Append("# Review: knowledge approve ").Append(source.Id).Append(" [--only ids | --skip ids], or knowledge reject ").Append(source.Id).Append(".\n\n")
            .Append("sources:\n")
            .Append("  - id: ").Append(source.Id).Append('\n')
            .Append("    title: ").Append(FactYamlValues.Text(source.Title)).Append('\n')
            .Append("    publisher: ").Append(FactYamlValues.Text(source.Publisher)).Append('\n')
            .Append("    author: null\n")
            .Append("    published: ").Append(source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null").Append('\n')
            .Append("    url: ").Append(FactYamlValues.Text(source.Url)).Append('\n')
            .Append("    file: ").Append(source.File).Append('\n')
            .Append("    sha256: ").Append(source.Sha256).Append('\n');
        if (extraction.NewSubjects.Count > 0)
        {
            yaml.Append("\nsubjects:\n");
            foreach (var subject in extraction.NewSubjects)
            {
                yaml.Append("  - id: ").Append(subject.Id).Append('\n')
                    .Append("    name: ").Append(FactYamlValues.Text(subject.Name)).Append('\n')
                    .Append("    kind: company\n")
                    .Append("    aliases: [").Append(FactYamlValues.Text(subject.Name)).Append("]\n")
                    .Append("    members: []\n");
            }
        }

        yaml.Append("\nfacts:\n");
        foreach (var fact in extraction.Facts)
        {
            var duplicate = fact.DuplicateOf is null ? "" : $" DUPLICATE of {fact.DuplicateOf}:";
            yaml.Append("\n  # confidence ").Append(fact.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append(':').Append(duplicate)
                .Append(' ').Append(fact.Reason.Replace('\n', ' ')).Append('\n')
                .Append("  - id: ").Append(fact.Id).Append('\n')
                .Append("    ").Append(StatusLine).Append('\n')
                .Append("    subject: ").Append(fact.Subject.Id).Append('\n')
                .Append("    kind: ").Append(FactYamlValues.Kind(fact.Kind)).Append('\n')
                .Append("    topics: []\n")
                .Append("    amount: ").Append(FactYamlValues.Amount(fact.Amount)).Append('\n');
            if (FactYamlValues.Period(fact.Period) is { } period)
            {
                yaml.Append("    period: ").Append(period).Append('\n');
            }

            yaml.Append("    statement:\n");
            foreach (var language in KnowledgeVocabulary.Languages)
            {
                yaml.Append("      ").Append(language.Code).Append(": ").Append(FactYamlValues.Text(GeneratedStatement.Write(fact.Subject.Name, fact.Amount, fact.Period, language))).Append('\n');
            }

            yaml.Append("    source: ").Append(source.Id).Append('\n')
                .Append("    quote: ").Append(FactYamlValues.Text(fact.Quote)).Append('\n');
        }

        return yaml.ToString();
    }
}
