namespace ChatBot.Core.Tests.Knowledge.Loading;

/// <summary>The words an error message lists as "(allowed: a, b, c)", as a set: vocabularies are unordered.</summary>
internal static class AllowedWords
{
    public static IReadOnlySet<string> In(string message)
    {
        const string Marker = "(allowed: ";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no allowed words in '{message}'");
        var end = message.IndexOf(')', start);
        return Parse(message[(start + Marker.Length)..end]);
    }

    public static IReadOnlySet<string> Parse(string list) => list.Split(", ").ToHashSet(StringComparer.Ordinal);
}
