using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Cli;

/// <summary>The languages a CLI option may name (<c>--language</c>, <c>--statement-&lt;code&gt;</c>): those with a phrase book.</summary>
internal static class CliLanguages
{
    public static IReadOnlyList<Language> All { get; } = [.. PhraseBooks.Default.Languages.OrderBy(l => l.Code, StringComparer.Ordinal)];

    /// <summary>"de or en", for option descriptions and errors.</summary>
    public static string Codes { get; } = string.Join(" or ", All.Select(l => l.Code));

    /// <summary>The registered language <paramref name="text"/> names by its code, in any case; null for anything else.</summary>
    public static Language? Find(string? text) =>
        All.Select(l => (Language?)l).FirstOrDefault(l => l!.Value.Code.Equals(text?.Trim(), StringComparison.OrdinalIgnoreCase));
}
