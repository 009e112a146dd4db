using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Discord.Models;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Commands;

/// <summary>
/// <c>/fact add|edit|remove|show|history|undo</c> and their forms and buttons, over the one write path. Adds and edits
/// are previewed (validated exactly as they would be written) and saved only on Confirm; every reply is ephemeral.
/// The router has checked the moderator's rights before any of these runs.
/// </summary>
public sealed class FactCommands(IKnowledgeProvider knowledge, PendingFactChanges pending, ILogger<FactCommands> logger, IKnowledgeEditor? editor = null)
{
    private const int HistoryLines = 15;
    private const string NewFactTemplate = """
        id: 
        subject: 
        kind: capex
        amount: { value: , currency: USD, scale: billion }
        period: { year:  }
        statement:
          de: ""
          en: ""
        source: 
        quote: ""
        """;

    public InteractionResponse Run(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (editor is null)
        {
            return DiscordResponses.Ephemeral(ModerationTexts.EditingUnavailable);
        }

        var sub = FactSubcommands.Of(interaction);
        var id = FactSubcommands.String(sub, FactSubcommands.IdOption);
        return sub?.Name switch
        {
            FactSubcommands.Add => FactModal.Open(FactCustomIds.AddModal, "Add a fact", NewFactTemplate),
            FactSubcommands.Edit => OpenEdit(editor, id),
            FactSubcommands.Remove => AskToRemove(editor, interaction, id, FactSubcommands.String(sub, FactSubcommands.ReasonOption)),
            FactSubcommands.Show => Show(editor, id),
            FactSubcommands.History => History(editor, id),
            FactSubcommands.Undo => Undo(editor, interaction, FactSubcommands.Integer(sub, FactSubcommands.ChangeOption), FactSubcommands.String(sub, FactSubcommands.ReasonOption), update: false),
            _ => DiscordResponses.Ephemeral(ModerationTexts.UnknownSubcommand),
        };
    }

    /// <summary>A submitted add or edit form: validated without writing, then shown with Confirm / Cancel.</summary>
    public InteractionResponse Submit(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var customId = interaction.Data?.CustomId ?? "";
        var edit = FactCustomIds.ParseEditModal(customId);
        if (editor is null || (edit is null && customId != FactCustomIds.AddModal))
        {
            return DiscordResponses.Ephemeral(editor is null ? ModerationTexts.EditingUnavailable : ModerationTexts.UnknownSubcommand);
        }

        var values = FactModal.Values(interaction.Data);
        var yaml = values.GetValueOrDefault(FactModal.YamlInput, "");
        var reason = Bounded(values.GetValueOrDefault(FactModal.ReasonInput));
        if (yaml.Length > FactModal.MaxValueLength)
        {
            return DiscordResponses.Ephemeral(ModerationTexts.TooLong(FactModal.MaxValueLength));
        }

        var preview = editor.Preview(edit?.FactId, edit?.Version, yaml, Actor(interaction));
        if (!preview.Succeeded)
        {
            return DiscordResponses.Ephemeral(ModerationTexts.Refused(preview));
        }

        var change = preview.Change!;
        var token = pending.Put(new PendingFactChange(change.Action, change.FactId, edit?.Version, yaml, reason, UserId(interaction), pending.ExpiryFromNow));
        return WithConfirmation(ModerationTexts.Preview(change), token);
    }

    /// <summary>Confirm, Cancel, Undo and Edit buttons.</summary>
    public InteractionResponse Press(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var customId = interaction.Data?.CustomId ?? "";
        if (editor is null)
        {
            return DiscordResponses.Ephemeral(ModerationTexts.EditingUnavailable);
        }

        if (FactCustomIds.ParseEditButton(customId) is { } factId)
        {
            return OpenEdit(editor, factId);
        }

        if (FactCustomIds.ParseCancel(customId) is { } cancelled)
        {
            pending.Take(cancelled, UserId(interaction));
            return Update(ModerationTexts.Cancelled, []);
        }

        if (FactCustomIds.ParseUndo(customId) is { } changeId)
        {
            return Undo(editor, interaction, changeId, null, update: true);
        }

        if (FactCustomIds.ParseConfirm(customId) is not { } token || pending.Take(token, UserId(interaction)) is not { } change)
        {
            return Update(ModerationTexts.Expired, []);
        }

        var actor = Actor(interaction);
        var result = change.Action switch
        {
            KnowledgeChangeAction.Add => editor.Add(change.Yaml!, actor, change.Reason),
            KnowledgeChangeAction.Edit => editor.Edit(change.FactId!, change.BaseVersion!, change.Yaml!, actor, change.Reason),
            _ => editor.Remove(change.FactId!, change.BaseVersion!, actor, change.Reason),
        };
        logger.LogInformation("Fact change by {UserId}: {Action} {FactId}: {Succeeded}", actor.UserId, change.Action, change.FactId, result.Succeeded);
        return result.Succeeded ? Update(ModerationTexts.Saved(result.Change!), [UndoButton(result.Change!.Id)]) : Update(ModerationTexts.Refused(result), []);
    }

    private InteractionResponse OpenEdit(IKnowledgeEditor facts, string? id)
    {
        if (id is null || facts.Show(id) is not { } fact)
        {
            return DiscordResponses.Ephemeral(ModerationTexts.UnknownFact(id));
        }

        if (fact.Yaml.Length > FactModal.MaxValueLength || FactCustomIds.EditButton(fact.Id) is null)
        {
            return DiscordResponses.Ephemeral(ModerationTexts.TooLongForForm);
        }

        return FactModal.Open(FactCustomIds.EditModal(fact.Id, fact.Version), $"Edit {fact.Id}", Unindented(fact.Yaml));
    }

    private InteractionResponse AskToRemove(IKnowledgeEditor facts, Interaction interaction, string? id, string? reason)
    {
        if (id is null || facts.Show(id) is not { } fact)
        {
            return DiscordResponses.Ephemeral(ModerationTexts.UnknownFact(id));
        }

        var token = pending.Put(new PendingFactChange(KnowledgeChangeAction.Remove, fact.Id, fact.Version, null, Bounded(reason), UserId(interaction), pending.ExpiryFromNow));
        return WithConfirmation(ModerationTexts.RemovePreview(fact), token);
    }

    private InteractionResponse Show(IKnowledgeEditor facts, string? id)
    {
        if (id is null || facts.Show(id) is not { } fact)
        {
            return DiscordResponses.Ephemeral(ModerationTexts.UnknownFact(id));
        }

        var current = knowledge.Current.FindFact(fact.Id);
        var source = current is null ? null : knowledge.Current.FindSource(current.SourceId);
        var text = ModerationTexts.Show(fact, source, facts.History(fact.Id, int.MaxValue).Count);
        return FactCustomIds.EditButton(fact.Id) is { } edit
            ? Ephemeral(text, [Row(new Component { Type = ComponentType.Button, Style = (int)ButtonStyle.Primary, Label = "Edit", CustomId = edit })])
            : DiscordResponses.Ephemeral(text);
    }

    private static InteractionResponse History(IKnowledgeEditor facts, string? id) =>
        DiscordResponses.Ephemeral(ModerationTexts.History(id, facts.History(id, HistoryLines)));

    private InteractionResponse Undo(IKnowledgeEditor facts, Interaction interaction, long? changeId, string? reason, bool update)
    {
        var id = changeId ?? facts.History(null, 1).FirstOrDefault()?.Id;
        if (id is null)
        {
            return DiscordResponses.Ephemeral(ModerationTexts.NothingToUndo);
        }

        var result = facts.Undo(id.Value, Actor(interaction), Bounded(reason));
        var text = result.Succeeded ? ModerationTexts.Saved(result.Change!) : ModerationTexts.Refused(result);
        IReadOnlyList<Component> rows = result.Succeeded ? [UndoButton(result.Change!.Id)] : [];
        return update ? Update(text, rows) : Ephemeral(text, rows);
    }

    private static InteractionResponse WithConfirmation(string text, string token) => Ephemeral(text,
    [
        Row(
            new Component { Type = ComponentType.Button, Style = (int)ButtonStyle.Success, Label = "Confirm", CustomId = FactCustomIds.Confirm(token) },
            new Component { Type = ComponentType.Button, Style = (int)ButtonStyle.Secondary, Label = "Cancel", CustomId = FactCustomIds.Cancel(token) }),
    ]);

    private static Component UndoButton(long changeId) =>
        Row(new Component { Type = ComponentType.Button, Style = (int)ButtonStyle.Danger, Label = "Undo", CustomId = FactCustomIds.Undo(changeId) });

    private static Component Row(params Component[] buttons) => new() { Type = ComponentType.ActionRow, Components = buttons };

    private static InteractionResponse Ephemeral(string text, IReadOnlyList<Component> components) => DiscordResponses.Message(new InteractionCallbackData
    {
        Content = text, Flags = MessageFlags.Ephemeral, AllowedMentions = AllowedMentions.None, Components = components,
    });

    // Replaces the message the button sits on, so a decision's buttons are gone once it is made.
    private static InteractionResponse Update(string text, IReadOnlyList<Component> components) => new()
    {
        Type = InteractionCallbackType.UpdateMessage,
        Data = new InteractionCallbackData { Content = text, AllowedMentions = AllowedMentions.None, Components = components },
    };

    private static string? Bounded(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, FactSubcommands.MaxReasonLength)];

    private static string UserId(Interaction interaction) => interaction.InvokingUser?.Id ?? "";

    private static EditActor Actor(Interaction interaction)
    {
        var user = interaction.InvokingUser;
        var name = interaction.Member?.Nick ?? user?.GlobalName ?? user?.Username ?? user?.Id ?? "?";
        return new EditActor("discord", user?.Id ?? "", name);
    }

    // The form shows the block without the file's list indent; the write path indents it again.
    private static string Unindented(string block)
    {
        var lines = block.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart(' ').Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart(' ')));
    }
}
