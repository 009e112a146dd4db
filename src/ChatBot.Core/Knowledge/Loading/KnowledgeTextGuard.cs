using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>
/// Checks the raw text before any YAML parser sees it: too large, or nested deeper than a recursive parser's stack
/// allows (a stack overflow cannot be caught, so such text must never reach one).
/// </summary>
internal static class KnowledgeTextGuard
{
    /// <summary>True when the text may be parsed; otherwise the reason is in <paramref name="errors"/>.</summary>
    public static bool Check(string text, ErrorSink errors)
    {
        if (text.Length > KnowledgeLimits.MaxFileBytes)
        {
            errors.Add(1, null, $"the knowledge file is larger than {KnowledgeLimits.MaxFileBytes / (1024 * 1024)} MB");
            return false;
        }

        if (YamlNestingGuard.FirstTooDeepLine(text) is { } line)
        {
            errors.Add(line, null, "lists and mappings are nested far too deeply here for a knowledge file (check for unclosed [ or {)");
            return false;
        }

        return true;
    }
}
