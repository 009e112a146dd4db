using ChatBot.Core.Knowledge;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rendering;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Commands;

/// <summary>
/// /reload [confirm] (moderators): re-reads the knowledge now and says whether the edit was accepted; an edit that
/// would remove many facts is listed and taken in force only with confirm.
/// </summary>
public sealed class ReloadCommand(IKnowledgeProvider knowledge, ILogger<ReloadCommand> logger)
{
    private const int ListedIds = 10;

    public InteractionResponse Run(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var phrases = DiscordPhrases.For(InteractionLanguage.Of(interaction));
        if (knowledge is not IReloadableKnowledgeProvider reloadable)
        {
            return DiscordResponses.Ephemeral(phrases.NotReloadable);
        }

        var confirm = InteractionOptions.Boolean(interaction.Data, DiscordCommandDefinitions.ConfirmOption) ?? false;
        var result = reloadable.Reload(confirm);
        logger.LogInformation("Knowledge reload requested by {UserId} (confirm {Confirm}): {Outcome} ({ErrorCount} errors)",
            interaction.InvokingUser?.Id, confirm, result.Outcome, result.Errors.Count);
        var kb = result.Current;
        return DiscordResponses.Ephemeral(result.Outcome switch
        {
            KnowledgeReloadOutcome.Loaded or KnowledgeReloadOutcome.Unchanged => phrases.Reloaded(kb.Facts.Count, kb.Sources.Count, kb.Subjects.Count),
            KnowledgeReloadOutcome.NeedsConfirmation => phrases.ReloadNeedsConfirmation(
                result.RemovedFactIds.Count,
                kb.Facts.Count,
                string.Join(", ", result.RemovedFactIds.Take(ListedIds)) + (result.RemovedFactIds.Count > ListedIds ? ", …" : "")),
            _ => phrases.ReloadFailed(result.Errors.Count, result.Errors.Count > 0 ? Describe(result.Errors[0]) : "?"),
        });
    }

    private static string Describe(Core.Knowledge.Loading.KnowledgeError error) =>
        $"{Path.GetFileName(error.File)} line {error.Line}: {(error.FactId is null ? "" : $"fact '{error.FactId}': ")}{error.Message}";
}
