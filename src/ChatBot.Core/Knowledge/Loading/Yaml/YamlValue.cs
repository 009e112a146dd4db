namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>A node of a parsed YAML document, reduced to what knowledge files need.</summary>
internal abstract class YamlValue(int line)
{
    /// <summary>The 1-based line the node starts on.</summary>
    public int Line { get; } = line;
}
