using System.Text;
using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Tests.Knowledge.Loading.Yaml;

/// <summary>Writes a node tree as one line of text, with every value, quoting style and line, for comparing trees.</summary>
internal static class YamlModelText
{
    public static string Of(YamlValue? node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    private static void Write(StringBuilder text, YamlValue? node)
    {
        switch (node)
        {
            case null:
                text.Append("(no document)");
                break;
            case YamlText scalar:
                text.Append(scalar.IsPlain ? "plain@" : "quoted@").Append(scalar.Line).Append(' ').Append(Quoted(scalar.Value));
                break;
            case YamlList list:
                text.Append("list@").Append(list.Line).Append('[');
                foreach (var item in list.Items)
                {
                    Write(text, item);
                    text.Append(", ");
                }

                text.Append(']');
                break;
            case YamlMap map:
                text.Append("map@").Append(map.Line).Append('{');
                foreach (var entry in map.Entries)
                {
                    text.Append(Quoted(entry.Key)).Append('@').Append(entry.KeyLine).Append(": ");
                    Write(text, entry.Value);
                    text.Append(", ");
                }

                text.Append('}');
                break;
        }
    }

    private static string Quoted(string value) => "\"" + value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
}
