namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>
/// A read YAML text: the root of its first document (null when the text holds no document at all), or the
/// syntax error that stopped reading.
/// </summary>
internal sealed record YamlParseResult(YamlValue? Root, YamlSyntaxError? Error)
{
    public static YamlParseResult Failed(int line, string message) => new(null, new YamlSyntaxError(line, message));
}
