namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>A sequence, block (<c>- a</c>) or flow (<c>[a, b]</c>).</summary>
internal sealed class YamlList(YamlValue[] items, int line) : YamlValue(line)
{
    public IReadOnlyList<YamlValue> Items { get; } = items;
}
