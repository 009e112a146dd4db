using System.Globalization;
using System.Text;

namespace ChatBot.Benchmarks;

/// <summary>
/// Writes a knowledge folder shaped like the shipped one at scale: subjects.yaml, topics.yaml and one file per source
/// holding the source and its facts (by default 1,000 files of 100 facts).
/// </summary>
internal static class SyntheticKnowledgeFolder
{
    public static string Write(string directory, int files = 1_000, int factsPerFile = 100, int companyCount = 2_000)
    {
        var random = new Random(42);
        Directory.CreateDirectory(Path.Combine(directory, "sources"));
        var subjects = new StringBuilder("subjects:\n");
        for (var c = 0; c < companyCount; c++)
        {
            var name = SyntheticKnowledge.CompanyName(c);
            subjects.Append(CultureInfo.InvariantCulture, $"  - id: company-{c}\n    name: {name}\n    kind: company\n    aliases: [{name} Corp, TICK{c}]\n");
        }

        File.WriteAllText(Path.Combine(directory, "subjects.yaml"), subjects.ToString());
        File.WriteAllText(Path.Combine(directory, "topics.yaml"),
            "topics:\n  - id: data-centers\n    name: { de: Rechenzentren, en: data centres }\n    terms: [rechenzentr, data center, data centre]\n    kinds: [data_centers]\n");
        for (var s = 0; s < files; s++)
        {
            var text = new StringBuilder(factsPerFile * 450);
            text.Append(CultureInfo.InvariantCulture, $"sources:\n  - id: source-{s}\n    title: \"Synthetic article {s}\"\n    publisher: Bench Press\n    published: null\n    url: null\n    file: synthetic-{s}.txt\n\nfacts:\n");
            for (var i = 0; i < factsPerFile; i++)
            {
                var f = s * factsPerFile + i;
                var company = f % companyCount;
                var name = SyntheticKnowledge.CompanyName(company);
                var value = random.Next(1, 500);
                var year = 2015 + random.Next(0, 12);
                text.Append(CultureInfo.InvariantCulture, $"""

                      - id: fact-{f}
                        subject: company-{company}
                        kind: capex
                        amount: {"{"} value: {value}, currency: USD, scale: billion, qualifier: around {"}"}
                        period: {"{"} year: {year} {"}"}
                        statement:
                          de: {name} investiert {year} rund {value} Mrd. US-Dollar.
                          en: {name} invests around ${value} billion in {year}.
                        source: source-{s}
                        quote: "{name} will {year} rund {value} Milliarden Dollar investieren."

                    """);
            }

            File.WriteAllText(Path.Combine(directory, "sources", $"source-{s}.yaml"), text.ToString());
        }

        return directory;
    }
}
