using System.Globalization;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Core.Knowledge.Editing.Forms;
using ChatBot.Core.Phrasing;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Moderation;

/// <summary>
/// Composes the moderators' replies from a phrase book and the data: escaped ids, YAML blocks, and the 2,000-character
/// message limit. The words are the phrase book's; only the layout is here.
/// </summary>
internal static class ModerationMessages
{
    private const int MaxMessage = 2000;
    private const int MaxBlock = 1400;
    private const int MaxErrors = 5;

    public static string UnknownFact(IModerationPhrases phrases, string? id) => id is null ? phrases.NameAFact : phrases.UnknownFact(Code(id));

    public static string Refused(IModerationPhrases phrases, KnowledgeEditResult result)
    {
        var errors = result.Errors.Take(MaxErrors).Select(e => "• " + DiscordMarkdown.Escape(e));
        var more = result.Errors.Count > MaxErrors ? "\n" + phrases.AndMore(result.Errors.Count - MaxErrors) : "";
        var current = result.Current is { } fact ? $"\n{phrases.CurrentVersion(Code(fact.Version))}\n{Block(fact.Yaml)}" : "";
        return Fit($"{phrases.NothingChanged}\n{string.Join('\n', errors)}{more}{current}");
    }

    public static string FormRefused(IModerationPhrases phrases, IReadOnlyList<FactFormProblem> problems) =>
        Fit(phrases.FormHasProblems + "\n" + string.Join('\n', problems.Select(p => p.Kind == FactFormProblemKind.Unchanged
            ? "• " + phrases.Problem(p)
            : $"• **{phrases.FieldName(p.Field)}**: {DiscordMarkdown.Escape(phrases.Problem(p with { Detail = p.Detail is null ? null : Shortened(p.Detail) }))}")));

    public static string Preview(IModerationPhrases phrases, KnowledgeChange change, FactFormResult? form, Language language)
    {
        var head = change.Action == KnowledgeChangeAction.Add
            ? $"{phrases.AddPreview(Code(change.FactId), Code(Path.GetFileName(change.File)))}\n{Block(change.NewYaml!)}"
            : $"{phrases.EditPreview(Code(change.FactId))}\n{phrases.Before}\n{Block(change.OldYaml!)}\n{phrases.After}\n{Block(change.NewYaml!)}";
        return Fit(form is null ? head : head + "\n" + ReadAs(phrases, form, language));
    }

    public static string RemovePreview(IModerationPhrases phrases, FactSnapshot fact) =>
        Fit($"{phrases.RemovePreview(Code(fact.Id), Code(Path.GetFileName(fact.File)))}\n{Block(fact.Yaml)}");

    public static string Saved(IModerationPhrases phrases, KnowledgeChange change) => phrases.Saved(change.Action, Code(change.FactId), change.Id, change.UndoOf);

    public static string Show(IModerationPhrases phrases, FactSnapshot fact, Source? source, int changes)
    {
        var from = source is null ? "" : "\n" + phrases.SourceLine(DiscordMarkdown.Escape(source.DisplayTitle), source.Publisher is { } p ? DiscordMarkdown.Escape(p) : null);
        return Fit($"{phrases.Show(Code(fact.Id), Code(Path.GetFileName(fact.File)), fact.Line, Code(fact.Version), changes)}{from}\n{Block(fact.Yaml)}");
    }

    public static string History(IModerationPhrases phrases, string? factId, IReadOnlyList<KnowledgeChange> changes)
    {
        if (changes.Count == 0)
        {
            return phrases.NoHistory(factId is null ? null : Code(factId));
        }

        var lines = changes.Select(c =>
            $"#{c.Id.ToString(CultureInfo.InvariantCulture)} {c.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC · {DiscordMarkdown.Escape(phrases.Actor(c.Actor))} · {phrases.ActionName(c.Action)} `{Code(c.FactId)}`"
            + (c.UndoOf is { } of ? phrases.UndoesChange(of) : "") + (c.Reason is { } r ? $" – {DiscordMarkdown.Escape(r)}" : ""));
        return Fit(string.Join('\n', lines) + "\n" + phrases.HistoryHint);
    }

    public static string Status(IModerationPhrases phrases, KnowledgeStatus status)
    {
        var refused = status.LastRejection is { } r
            ? phrases.LastRefusedEdit(r.At, r.Outcome, string.Join("; ", r.Errors.Take(3).Select(e => DiscordMarkdown.Escape($"{Path.GetFileName(e.File)}:{e.Line}: {e.Message}"))))
              + (r.RemovedFactIds.Count > 0 ? phrases.WouldRemove(r.RemovedFactIds.Count) : "")
            : phrases.NoRefusedEdit;
        return Fit($"{phrases.Status(status)}\n{refused}");
    }

    public static string Phrasing(IModerationPhrases phrases, PhrasingStatistics statistics)
    {
        if (!statistics.Enabled)
        {
            return phrases.PhrasingOff;
        }

        var reasons = statistics.Fallbacks.Where(f => f.Value > 0).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key}: {f.Value}"));
        var why = statistics.FallbackTotal > 0 ? $" ({string.Join(", ", reasons)})" : "";
        return phrases.PhrasingOn(statistics.Phrased, statistics.FallbackTotal, why, statistics.Understood, statistics.NotUnderstood);
    }

    // What the bot read the moderator's texts as, and which statements it wrote itself, so nothing is derived silently.
    private static string ReadAs(IModerationPhrases phrases, FactFormResult form, Language language)
    {
        var lines = new List<string>
        {
            phrases.AmountReadAs(form.Amount is { } amount ? FigureFormatter.Format(amount, language) : phrases.NoAmount),
            phrases.PeriodReadAs(form.Period is { Kind: not PeriodKind.Unspecified } period ? PeriodFormatter.Format(period, language) : phrases.NoPeriod),
        };
        lines.AddRange((form.GeneratedStatements ?? []).Select(l => phrases.StatementGenerated(l, form.Statement!.In(l))));
        return string.Join('\n', lines.Select(DiscordMarkdown.Escape));
    }

    private static string Block(string yaml)
    {
        var text = yaml.Replace("```", "`\u200b``", StringComparison.Ordinal);
        return $"```yaml\n{(text.Length > MaxBlock ? text[..MaxBlock] + "\n…" : text.TrimEnd('\n'))}\n```";
    }

    private static string Shortened(string value) => value.Length > 80 ? value[..80] + "…" : value;

    private static string Code(string text) => text.Replace("`", "'", StringComparison.Ordinal);

    private static string Fit(string text) => text.Length <= MaxMessage ? text : text[..(MaxMessage - 1)] + "…";
}
