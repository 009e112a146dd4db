using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Core.Knowledge.Editing.Forms;
using ChatBot.Core.Languages;
using ChatBot.Discord.Models;
using ChatBot.Discord.Moderation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Commands;

/// <summary>
/// <c>/fact add|edit|remove|show|history|undo</c> and their forms and buttons, over the one write path. Adds and edits
/// go through the fact form, are previewed (validated exactly as they would be written) and saved only on Confirm;
/// every reply is ephemeral and in the moderator's language. The router has checked the moderator's rights before any
/// of these runs. Nothing here waits on more than reading and validating the knowledge, within Discord's 3 seconds.
/// </summary>
public sealed class FactCommands(
    IKnowledgeProvider knowledge,
    PendingFactChanges pending,
    PendingFactForms forms,
    LanguageTable<IModerationPhrases> phraseBooks,
    FactFormWarmUp warmUp,
    ILogger<FactCommands> logger,
    IKnowledgeEditor? editor = null)
{
    private const int HistoryLines = 15;

    public InteractionResponse Run(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var phrases = Phrases(interaction);
        if (editor is null)
        {
            return DiscordResponses.Ephemeral(phrases.EditingUnavailable);
        }

        var sub = FactSubcommands.Of(interaction);
        var id = FactSubcommands.String(sub, FactSubcommands.IdOption);
        var reason = FactSubcommands.String(sub, FactSubcommands.ReasonOption);
        return sub?.Name switch
        {
            FactSubcommands.Add => OpenAdd(interaction, sub, phrases),
            FactSubcommands.Edit => OpenEdit(editor, interaction, id, sub, Bounded(reason)),
            FactSubcommands.Remove => AskToRemove(editor, interaction, id, reason),
            FactSubcommands.Show => Show(editor, interaction, id),
            FactSubcommands.History => DiscordResponses.Ephemeral(ModerationMessages.History(phrases, id, editor.History(id, HistoryLines))),
            FactSubcommands.Undo => Undo(editor, interaction, FactSubcommands.Integer(sub, FactSubcommands.ChangeOption), reason, update: false),
            _ => DiscordResponses.Ephemeral(phrases.UnknownSubcommand),
        };
    }

    /// <summary>A submitted fact form: read, validated without writing, then shown with Confirm / Cancel, or its problems with a button to fix them.</summary>
    public InteractionResponse Submit(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var phrases = Phrases(interaction);
        if (editor is null)
        {
            return DiscordResponses.Ephemeral(phrases.EditingUnavailable);
        }

        if (FactCustomIds.ParseForm(interaction.Data?.CustomId ?? "") is not { } token || forms.Find(token, UserId(interaction)) is not { } context)
        {
            return DiscordResponses.Ephemeral(phrases.Expired);
        }

        var form = FactModal.ReadForm(interaction.Data, context.Shown);
        forms.Update(token, context with { Shown = form });
        var language = InteractionLanguage.Of(interaction);
        var read = FactFormReader.Read(form, knowledge.Current, language, context.Edit?.Original);
        if (!read.Succeeded)
        {
            return Ephemeral(ModerationMessages.FormRefused(phrases, read.Problems), [FixRow(phrases, token)]);
        }

        var preview = editor.Preview(context.Edit?.FactId, context.Edit?.Version, read.Yaml!, Actor(interaction));
        if (!preview.Succeeded)
        {
            return Ephemeral(ModerationMessages.Refused(phrases, preview), [FixRow(phrases, token)]);
        }

        forms.Remove(token);
        var change = preview.Change!;
        var confirm = pending.Put(new PendingFactChange(change.Action, change.FactId, context.Edit?.Version, read.Yaml, context.Reason, UserId(interaction), pending.ExpiryFromNow));
        return WithConfirmation(phrases, ModerationMessages.Preview(phrases, change, read, language), confirm);
    }

    /// <summary>Confirm, Cancel, Undo, Edit and Fix buttons.</summary>
    public InteractionResponse Press(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var phrases = Phrases(interaction);
        var customId = interaction.Data?.CustomId ?? "";
        if (editor is null)
        {
            return DiscordResponses.Ephemeral(phrases.EditingUnavailable);
        }

        if (FactCustomIds.ParseEditButton(customId) is { } factId)
        {
            return OpenEdit(editor, interaction, factId, null, null);
        }

        if (FactCustomIds.ParseFix(customId) is { } formToken)
        {
            return forms.Find(formToken, UserId(interaction)) is { } context
                ? OpenForm(formToken, context, phrases)
                : Update(phrases.Expired, []);
        }

        if (FactCustomIds.ParseCancel(customId) is { } cancelled)
        {
            pending.Take(cancelled, UserId(interaction));
            return Update(phrases.Cancelled, []);
        }

        if (FactCustomIds.ParseUndo(customId) is { } changeId)
        {
            return Undo(editor, interaction, changeId, null, update: true);
        }

        if (FactCustomIds.ParseConfirm(customId) is not { } token || pending.Take(token, UserId(interaction)) is not { } change)
        {
            return Update(phrases.Expired, []);
        }

        var actor = Actor(interaction);
        var result = change.Action switch
        {
            KnowledgeChangeAction.Add => editor.Add(change.Yaml!, actor, change.Reason),
            KnowledgeChangeAction.Edit => editor.Edit(change.FactId!, change.BaseVersion!, change.Yaml!, actor, change.Reason),
            _ => editor.Remove(change.FactId!, change.BaseVersion!, actor, change.Reason),
        };
        logger.LogInformation("Fact change by {UserId}: {Action} {FactId}: {Succeeded}", actor.UserId, change.Action, change.FactId, result.Succeeded);
        return result.Succeeded
            ? Update(ModerationMessages.Saved(phrases, result.Change!), [UndoRow(phrases, result.Change!.Id)])
            : Update(ModerationMessages.Refused(phrases, result), []);
    }

    /// <summary>
    /// Opens the fact form prefilled with a fact's current values (the "Edit" button of another view may call this
    /// through its <c>fact-edit:</c> custom id, see <see cref="FactCustomIds.EditButton"/>).
    /// </summary>
    private InteractionResponse OpenEdit(IKnowledgeEditor facts, Interaction interaction, string? id, InteractionDataOption? options, string? reason)
    {
        var phrases = Phrases(interaction);
        if (id is null || facts.Show(id) is not { } snapshot || knowledge.Current.FindFact(snapshot.Id) is not { } fact)
        {
            return DiscordResponses.Ephemeral(ModerationMessages.UnknownFact(phrases, id));
        }

        var source = FactSubcommands.String(options, FactSubcommands.SourceOption);
        var kind = FactSubcommands.String(options, FactSubcommands.KindOption);
        var topics = TopicList(FactSubcommands.String(options, FactSubcommands.TopicsOption));
        if (FactFormReader.CheckOptions(source, kind, topics, null, knowledge.Current) is { Count: > 0 } problems)
        {
            return DiscordResponses.Ephemeral(ModerationMessages.FormRefused(phrases, problems));
        }

        var language = InteractionLanguage.Of(interaction);
        var prefilled = FactFormPrefill.From(fact, language);
        if (snapshot.Yaml.Length > FactModal.MaxValueLength || prefilled.Quote.Length > FactModal.MaxValueLength || prefilled.Statements.Length > FactModal.MaxValueLength)
        {
            return DiscordResponses.Ephemeral(phrases.TooLongForForm);
        }

        var shown = prefilled with { Source = source ?? prefilled.Source, Kind = kind, Topics = topics };
        var edit = new FactFormEdit(fact.Id, snapshot.Version, new FactFormOriginal(fact, Unindented(snapshot.Yaml), prefilled));
        var context = new FactFormContext(UserId(interaction), language, shown, reason, forms.ExpiryFromNow, edit);
        warmUp.Begin();
        return OpenForm(forms.Put(context), context, phrases);
    }

    private InteractionResponse OpenAdd(Interaction interaction, InteractionDataOption? options, IModerationPhrases phrases)
    {
        var source = FactSubcommands.String(options, FactSubcommands.SourceOption) ?? "";
        var kind = FactSubcommands.String(options, FactSubcommands.KindOption) ?? "";
        var topics = TopicList(FactSubcommands.String(options, FactSubcommands.TopicsOption)) ?? [];
        var id = FactSubcommands.String(options, FactSubcommands.IdOption);
        if (FactFormReader.CheckOptions(source, kind, topics, id, knowledge.Current) is { Count: > 0 } problems)
        {
            return DiscordResponses.Ephemeral(ModerationMessages.FormRefused(phrases, problems));
        }

        var empty = new FactForm("", "", "", source, "", "", kind, topics, id);
        var context = new FactFormContext(UserId(interaction), InteractionLanguage.Of(interaction), empty,
            Bounded(FactSubcommands.String(options, FactSubcommands.ReasonOption)), forms.ExpiryFromNow);
        warmUp.Begin();
        return OpenForm(forms.Put(context), context, phrases);
    }

    private static InteractionResponse OpenForm(string token, FactFormContext context, IModerationPhrases phrases) =>
        FactModal.OpenForm(FactCustomIds.Form(token), context.Edit is { } edit ? phrases.EditTitle(edit.FactId) : phrases.AddTitle, context.Shown, phrases);

    private InteractionResponse AskToRemove(IKnowledgeEditor facts, Interaction interaction, string? id, string? reason)
    {
        var phrases = Phrases(interaction);
        if (id is null || facts.Show(id) is not { } fact)
        {
            return DiscordResponses.Ephemeral(ModerationMessages.UnknownFact(phrases, id));
        }

        var token = pending.Put(new PendingFactChange(KnowledgeChangeAction.Remove, fact.Id, fact.Version, null, Bounded(reason), UserId(interaction), pending.ExpiryFromNow));
        return WithConfirmation(phrases, ModerationMessages.RemovePreview(phrases, fact), token);
    }

    private InteractionResponse Show(IKnowledgeEditor facts, Interaction interaction, string? id)
    {
        var phrases = Phrases(interaction);
        if (id is null || facts.Show(id) is not { } fact)
        {
            return DiscordResponses.Ephemeral(ModerationMessages.UnknownFact(phrases, id));
        }

        var current = knowledge.Current.FindFact(fact.Id);
        var source = current is null ? null : knowledge.Current.FindSource(current.SourceId);
        var text = ModerationMessages.Show(phrases, fact, source, facts.History(fact.Id, int.MaxValue).Count);
        return FactCustomIds.EditButton(fact.Id) is { } edit
            ? Ephemeral(text, [Row(Button(ButtonStyle.Primary, phrases.EditButton, edit))])
            : DiscordResponses.Ephemeral(text);
    }

    private InteractionResponse Undo(IKnowledgeEditor facts, Interaction interaction, long? changeId, string? reason, bool update)
    {
        var phrases = Phrases(interaction);
        var id = changeId ?? facts.History(null, 1).FirstOrDefault()?.Id;
        if (id is null)
        {
            return DiscordResponses.Ephemeral(phrases.NothingToUndo);
        }

        var result = facts.Undo(id.Value, Actor(interaction), Bounded(reason));
        var text = result.Succeeded ? ModerationMessages.Saved(phrases, result.Change!) : ModerationMessages.Refused(phrases, result);
        IReadOnlyList<Component> rows = result.Succeeded ? [UndoRow(phrases, result.Change!.Id)] : [];
        return update ? Update(text, rows) : Ephemeral(text, rows);
    }

    private IModerationPhrases Phrases(Interaction interaction) => phraseBooks.For(InteractionLanguage.Of(interaction));

    private static InteractionResponse WithConfirmation(IModerationPhrases phrases, string text, string token) => Ephemeral(text,
    [
        Row(Button(ButtonStyle.Success, phrases.ConfirmButton, FactCustomIds.Confirm(token)), Button(ButtonStyle.Secondary, phrases.CancelButton, FactCustomIds.Cancel(token))),
    ]);

    private static Component FixRow(IModerationPhrases phrases, string token) => Row(Button(ButtonStyle.Primary, phrases.FixButton, FactCustomIds.Fix(token)));

    private static Component UndoRow(IModerationPhrases phrases, long changeId) => Row(Button(ButtonStyle.Danger, phrases.UndoButton, FactCustomIds.Undo(changeId)));

    private static Component Button(ButtonStyle style, string label, string customId) =>
        new() { Type = ComponentType.Button, Style = (int)style, Label = label, CustomId = customId };

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

    private static IReadOnlyList<string>? TopicList(string? text) =>
        text is null ? null : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string? Bounded(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, FactSubcommands.MaxReasonLength)];

    private static string UserId(Interaction interaction) => interaction.InvokingUser?.Id ?? "";

    private static EditActor Actor(Interaction interaction)
    {
        var user = interaction.InvokingUser;
        var name = interaction.Member?.Nick ?? user?.GlobalName ?? user?.Username ?? user?.Id ?? "?";
        return new EditActor("discord", user?.Id ?? "", name);
    }

    // The form's original block is without the file's list indent; the write path indents it again.
    private static string Unindented(string block)
    {
        var lines = block.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart(' ').Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart(' '))) + "\n";
    }
}
