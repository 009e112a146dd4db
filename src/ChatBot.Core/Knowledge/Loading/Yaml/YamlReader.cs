namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>
/// Reads YAML text into the node model: with the fast parser when the text keeps to the subset knowledge files
/// use, through YamlDotNet otherwise. Both give the same nodes, so the choice only affects speed.
/// </summary>
internal static class YamlReader
{
    public static YamlParseResult Parse(string yaml) =>
        FastYamlParser.TryParse(yaml, out var root) ? new YamlParseResult(root, null) : YamlDotNetFallback.Parse(yaml);
}
