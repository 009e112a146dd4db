using YamlDotNet.RepresentationModel;

namespace ChatBot.Core.Knowledge.Loading;

internal static class Lines
{
    /// <summary>The 1-based line a YAML node starts on.</summary>
    public static int Of(YamlNode node) => (int)Math.Max(1, node.Start.Line);
}
