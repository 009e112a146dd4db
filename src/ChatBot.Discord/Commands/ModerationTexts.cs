using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Commands;

/// <summary>What the moderators' commands say. Moderators work in English here; answers to users stay bilingual.</summary>
internal static class ModerationTexts
{
    private const int MaxMessage = 2000;
    private const int MaxBlock = 1400;
    private const int MaxErrors = 5;

    public const string EditingUnavailable = "Editing the knowledge is not available on this bot.";
    public const string UnknownSubcommand = "Unknown command.";
    public const string Cancelled = "Cancelled; nothing was changed.";
    public const string Expired = "This preview has expired or belongs to someone else; nothing was changed. Start again.";
    public const string NothingToUndo = "There is no recorded change to undo.";
    public const string TooLongForForm = "This fact is too long for a Discord form (4,000 characters); edit it with `knowledge edit` on the command line.";

    public static string UnknownFact(string? id) => id is null ? "Name a fact id." : $"There is no fact `{Code(id)}`.";

    public static string TooLong(int max) => $"The fact is longer than {max.ToString("N0", CultureInfo.InvariantCulture)} characters; nothing was changed.";

    public static string Refused(KnowledgeEditResult result)
    {
        var errors = result.Errors.Take(MaxErrors).Select(e => "• " + DiscordMarkdown.Escape(e));
        var more = result.Errors.Count > MaxErrors ? $"\n… and {result.Errors.Count - MaxErrors} more" : "";
        var current = result.Current is { } fact ? $"\nCurrent version `{fact.Version}`:\n{Block(fact.Yaml)}" : "";
        return Fit($"Nothing was changed:\n{string.Join('\n', errors)}{more}{current}");
    }

    public static string Preview(KnowledgeChange change) => Fit(change.Action == KnowledgeChangeAction.Add
        ? $"Add fact `{Code(change.FactId)}` to `{Path.GetFileName(change.File)}`? It passed every check.\n{Block(change.NewYaml!)}"
        : $"Change fact `{Code(change.FactId)}`? It passed every check.\nNow:\n{Block(change.OldYaml!)}\nAfter:\n{Block(change.NewYaml!)}");

    public static string RemovePreview(FactSnapshot fact) => Fit($"Remove fact `{Code(fact.Id)}` from `{Path.GetFileName(fact.File)}`?\n{Block(fact.Yaml)}");

    public static string Saved(KnowledgeChange change)
    {
        var verb = change.Action switch { KnowledgeChangeAction.Add => "Added", KnowledgeChangeAction.Remove => "Removed", _ => "Changed" };
        var undo = change.UndoOf is { } of ? $" (undoes #{of})" : "";
        return $"{verb} fact `{Code(change.FactId)}`{undo}: change #{change.Id}, in force now.";
    }

    public static string Show(FactSnapshot fact, Source? source, int changes)
    {
        var from = source is null ? "" : $"\nSource: {DiscordMarkdown.Escape(source.DisplayTitle)} ({DiscordMarkdown.Escape(source.Publisher ?? "publisher unknown")})";
        return Fit($"Fact `{Code(fact.Id)}` in `{Path.GetFileName(fact.File)}` line {fact.Line}, version `{fact.Version}`, {changes} recorded change(s).{from}\n{Block(fact.Yaml)}");
    }

    public static string History(string? factId, IReadOnlyList<KnowledgeChange> changes)
    {
        if (changes.Count == 0)
        {
            return factId is null ? "No changes recorded yet." : $"No changes recorded for `{Code(factId)}`.";
        }

        var lines = changes.Select(c =>
            $"#{c.Id} {c.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC · {DiscordMarkdown.Escape(c.Actor.ToString())} · {c.Action.ToString().ToLowerInvariant()} `{Code(c.FactId)}`"
            + (c.UndoOf is { } of ? $" (undoes #{of})" : "") + (c.Reason is { } r ? $" – {DiscordMarkdown.Escape(r)}" : ""));
        return Fit(string.Join('\n', lines) + "\nUndo one with /fact undo change:N.");
    }

    public static string Status(KnowledgeStatus status)
    {
        var refused = status.LastRejection is { } r
            ? $"\nLast refused edit ({r.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, {r.Outcome}): "
              + string.Join("; ", r.Errors.Take(3).Select(e => DiscordMarkdown.Escape($"{Path.GetFileName(e.File)}:{e.Line}: {e.Message}")))
              + (r.RemovedFactIds.Count > 0 ? $" – would remove {r.RemovedFactIds.Count} facts; /reload confirm:True takes it in force" : "")
            : "\nNo refused edit since this version.";
        return Fit($"Knowledge version {status.Version}, loaded {status.LoadedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC "
            + $"from {status.Files} file(s): {status.Facts} facts, {status.Sources} sources.{refused}");
    }

    private static string Block(string yaml)
    {
        var text = yaml.Replace("```", "`\u200b``", StringComparison.Ordinal);
        return $"```yaml\n{(text.Length > MaxBlock ? text[..MaxBlock] + "\n…" : text.TrimEnd('\n'))}\n```";
    }

    private static string Code(string text) => text.Replace("`", "'", StringComparison.Ordinal);

    private static string Fit(string text) => text.Length <= MaxMessage ? text : text[..(MaxMessage - 1)] + "…";
}
