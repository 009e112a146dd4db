namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>A scalar: its text exactly as YAML reads it, and whether it was written unquoted.</summary>
internal sealed class YamlText(string value, bool isPlain, int line) : YamlValue(line)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>An unquoted null: nothing at all, <c>~</c> or <c>null</c>. A quoted "null" is text.</summary>
    public bool IsNull { get; } = isPlain && value is "" or "~" or "null" or "Null" or "NULL";
}
