using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Tests.Languages.Pseudo;

/// <summary>
/// The pseudo-language's writing: a phrase is its name in ⟦…⟧ (with its non-text arguments, e.g. a year or a kind),
/// followed by its text arguments outside the marks, so that text code passes into a phrase is still checked.
/// </summary>
internal static partial class PseudoText
{
    public static string Mark(string phrase, params object?[] arguments)
    {
        var text = new StringBuilder("⟦").Append(phrase);
        foreach (var argument in arguments.Where(a => a is not string))
        {
            text.Append(':').Append(Format(argument));
        }

        text.Append('⟧');
        foreach (var argument in arguments.OfType<string>())
        {
            text.Append(argument).Append("⟦·⟧");
        }

        return text.ToString();
    }

    /// <summary>The text without the marked phrases (their text arguments stay).</summary>
    public static string Unmarked(string text) => Marks().Replace(text, " ");

    private static string Format(object? argument) => argument switch
    {
        null => "null",
        IEnumerable<int> numbers => string.Join(',', numbers),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => argument.ToString() ?? string.Empty,
    };

    [GeneratedRegex("⟦[^⟦⟧]*⟧")]
    private static partial Regex Marks();
}
