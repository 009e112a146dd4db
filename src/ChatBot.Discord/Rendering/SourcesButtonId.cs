namespace ChatBot.Discord.Rendering;

/// <summary>
/// The <c>custom_id</c> of the "Sources" button: <c>sources:</c> plus the fact ids, comma-joined. Discord allows 100
/// characters, so an answer with many facts keeps as many ids as fit, in the order the answer shows them.
/// </summary>
public static class SourcesButtonId
{
    public const string Prefix = "sources:";
    public const int MaxLength = 100;

    public static string For(IEnumerable<string> factIds)
    {
        ArgumentNullException.ThrowIfNull(factIds);
        var id = Prefix;
        var first = true;
        foreach (var factId in factIds)
        {
            var next = first ? id + factId : id + "," + factId;
            if (next.Length > MaxLength)
            {
                break;
            }

            id = next;
            first = false;
        }

        return id;
    }

    /// <summary>The fact ids of a sources button, or null when <paramref name="customId"/> is not one.</summary>
    public static IReadOnlyList<string>? Parse(string? customId) =>
        customId is not null && customId.StartsWith(Prefix, StringComparison.Ordinal)
            ? customId[Prefix.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : null;
}
