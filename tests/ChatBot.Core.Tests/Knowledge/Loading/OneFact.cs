using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Loading;

/// <summary>Loads the small valid knowledge file with one part of it changed, for tests that break one rule at a time.</summary>
internal static class OneFact
{
    /// <summary>Loads <see cref="KnowledgeYaml.ValidFact"/> under the standard header with <paramref name="original"/> replaced.</summary>
    public static KnowledgeLoadResult LoadWith(string original, string replacement) =>
        KnowledgeLoader.Load(Yaml(original, replacement), "k.yaml");

    public static string Yaml(string original, string replacement) =>
        KnowledgeYaml.With(Replace(KnowledgeYaml.ValidFact, original, replacement));

    /// <summary>Replaces a fragment that must be present, so a test cannot pass by changing nothing.</summary>
    public static string Replace(string text, string original, string replacement)
    {
        Assert.Contains(original, text, StringComparison.Ordinal);
        return text.Replace(original, replacement, StringComparison.Ordinal);
    }

    /// <summary>The only fact of a load that must succeed.</summary>
    public static Fact Loaded(KnowledgeLoadResult result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return Assert.Single(result.Knowledge!.Facts);
    }

    public static IReadOnlyList<string> Messages(KnowledgeLoadResult result) => [.. result.Errors.Select(e => e.Message)];

    public static int LineOf(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{fragment}' not in the test YAML");
        return text[..index].Count(c => c == '\n') + 1;
    }
}
