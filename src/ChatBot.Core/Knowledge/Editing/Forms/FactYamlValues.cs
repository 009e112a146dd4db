using System.Globalization;
using System.Text;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Knowledge.Editing.Forms;

/// <summary>
/// Writes a form's values as the YAML of one fact's keys. Text is always a double-quoted scalar with its quotes and
/// backslashes escaped, so nothing a moderator types (": #", "- id:") can end the value and start other YAML.
/// </summary>
internal static class FactYamlValues
{
    /// <summary>A double-quoted scalar, or <c>null</c> for no value.</summary>
    public static string Text(string? value) =>
        value is null ? "null" : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string Amount(Amount amount)
    {
        var figure = amount.IsRange ? $"min: {Number(amount.Min)}, max: {Number(amount.Max)}" : $"value: {Number(amount.Min)}";
        var unit = amount.IsMoney ? $"currency: {amount.Currency ?? "null"}" : $"unit: {KnowledgeVocabulary.Units.First(u => u.Value == amount.Unit).Key}";
        var scale = amount.Scale == Scale.One ? "" : $", scale: {KnowledgeVocabulary.Scales.First(s => s.Value == amount.Scale).Key}";
        var qualifier = amount.Qualifier == Qualifier.Exact ? "" : $", qualifier: {KnowledgeVocabulary.Qualifiers.First(q => q.Value == amount.Qualifier).Key}";
        return $"{{ {figure}, {unit}{scale}{qualifier} }}";
    }

    /// <summary>The period as the loader reads it; null for an unspecified period (it has no YAML then).</summary>
    public static string? Period(Period period) => period.Kind switch
    {
        PeriodKind.Year => $"{{ year: {period.Year} }}",
        PeriodKind.FiscalYear => $"{{ fiscal_year: {period.Year} }}",
        PeriodKind.Quarter => $"{{ year: {period.Year}, quarter: {period.Part} }}",
        PeriodKind.Half => $"{{ year: {period.Year}, half: {period.Part} }}",
        PeriodKind.Month => $"{{ month: {period.Year}-{period.Part:00} }}",
        PeriodKind.Until => $"{{ until: {period.ToYear}{Label(period)} }}",
        PeriodKind.NextYears => $"{{ years: {period.Years}{(period.FromYear is { } from ? $", from: {from}" : "")}{Label(period)} }}",
        PeriodKind.CurrentYear => "{ current_year: true }",
        _ => null,
    };

    public static string Kind(FactKind kind) => KnowledgeVocabulary.NameOf(kind);

    public static bool TryKind(string name, out FactKind kind) => KnowledgeVocabulary.FactKinds.TryGetValue(name.Trim().ToLowerInvariant(), out kind);

    public static IReadOnlyList<string> Kinds => [.. KnowledgeVocabulary.FactKinds.Keys.Order(StringComparer.Ordinal)];

    public static string Statement(LocalizedText statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var yaml = new StringBuilder("statement:\n");
        foreach (var language in statement.Languages)
        {
            yaml.Append("  ").Append(language.Code).Append(": ").Append(Text(statement.In(language))).Append('\n');
        }

        return yaml.ToString();
    }

    private static string Label(Period period) =>
        period.Label is { } label ? $", label: {{ {string.Join(", ", label.Languages.Select(l => $"{l.Code}: {Text(label.In(l))}"))} }}" : "";

    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
