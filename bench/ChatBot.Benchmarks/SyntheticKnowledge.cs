using System.Globalization;
using System.Text;

namespace ChatBot.Benchmarks;

/// <summary>
/// Generates a valid knowledge file of any size: companies with aliases, and facts whose quotes state their
/// figures, so loading and answering are measured on realistic shapes rather than on the curated five articles.
/// </summary>
internal static class SyntheticKnowledge
{
    public static string Generate(int factCount, int companyCount = 2_000, int sourceCount = 200)
    {
        var random = new Random(42);
        var yaml = new StringBuilder(factCount * 420);
        yaml.AppendLine("version: 1").AppendLine("sources:");
        for (var s = 0; s < sourceCount; s++)
        {
            yaml.Append("  - id: source-").Append(s).AppendLine()
                .Append("    title: \"Synthetic article ").Append(s).AppendLine("\"")
                .AppendLine("    publisher: Bench Press")
                .AppendLine("    published: null")
                .AppendLine("    url: null")
                .Append("    file: synthetic-").Append(s).AppendLine(".txt");
        }

        yaml.AppendLine("topics:")
            .AppendLine("  - id: data-centers")
            .AppendLine("    name: { de: Rechenzentren, en: data centres }")
            .AppendLine("    terms: [rechenzentr, data center, data centre]")
            .AppendLine("    kinds: [data_centers]");
        yaml.AppendLine("subjects:");
        for (var c = 0; c < companyCount; c++)
        {
            yaml.Append("  - id: company-").Append(c).AppendLine()
                .Append("    name: ").AppendLine(CompanyName(c))
                .AppendLine("    kind: company")
                .Append("    aliases: [").Append(CompanyName(c)).Append(" Corp, TICK").Append(c).AppendLine("]");
        }

        yaml.AppendLine("facts:");
        for (var f = 0; f < factCount; f++)
        {
            var company = f % companyCount;
            var value = random.Next(1, 500);
            var year = 2015 + random.Next(0, 12);
            yaml.Append("  - id: fact-").Append(f).AppendLine()
                .Append("    subject: company-").Append(company).AppendLine()
                .Append("    kind: ").AppendLine(f % 3 == 0 ? "data_centers" : "capex")
                .Append("    topics: [").Append(f % 3 == 0 ? "data-centers" : string.Empty).AppendLine("]")
                .Append("    amount: { value: ").Append(value).AppendLine(", currency: USD, scale: billion, qualifier: around }")
                .Append("    period: { year: ").Append(year).AppendLine(" }")
                .AppendLine("    statement:")
                .Append("      de: ").Append(CompanyName(company)).Append(" investiert ").Append(year).Append(" rund ").Append(value).AppendLine(" Mrd. US-Dollar.")
                .Append("      en: ").Append(CompanyName(company)).Append(" invests around $").Append(value).Append(" billion in ").Append(year).AppendLine(".")
                .Append("    source: source-").Append(f % sourceCount).AppendLine()
                .Append("    quote: \"").Append(CompanyName(company)).Append(" will ").Append(year).Append(" rund ").Append(value).AppendLine(" Milliarden Dollar investieren.\"");
        }

        return yaml.ToString();
    }

    /// <summary>Pronounceable, distinct company names ("Kovarin 17"), so alias and typo matching has real work.</summary>
    public static string CompanyName(int index)
    {
        string[] syllables = ["ko", "va", "rin", "tel", "mar", "dex", "lu", "sor", "nim", "bra", "qu", "zen"];
        var name = new StringBuilder();
        var n = index;
        for (var i = 0; i < 3; i++)
        {
            name.Append(syllables[n % syllables.Length]);
            n /= syllables.Length;
        }

        name[0] = char.ToUpperInvariant(name[0]);
        return name.Append(' ').Append(index.ToString(CultureInfo.InvariantCulture)).ToString();
    }
}
