using ChatBot.Core.Knowledge;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rendering;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Commands;

/// <summary>/reload (moderators): re-reads the knowledge file now and says whether the edit was accepted.</summary>
public sealed class ReloadCommand(IKnowledgeProvider knowledge, ILogger<ReloadCommand> logger)
{
    public InteractionResponse Run(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var phrases = DiscordPhrases.For(InteractionLanguage.Of(interaction));
        if (knowledge is not IReloadableKnowledgeProvider reloadable)
        {
            return DiscordResponses.Ephemeral(phrases.NotReloadable);
        }

        var result = reloadable.Reload();
        logger.LogInformation("Knowledge reload requested by {UserId}: {Succeeded} ({ErrorCount} errors)",
            interaction.InvokingUser?.Id, result.Succeeded, result.Errors.Count);
        if (result.Succeeded)
        {
            var kb = result.Knowledge!;
            return DiscordResponses.Ephemeral(phrases.Reloaded(kb.Facts.Count, kb.Sources.Count, kb.Subjects.Count));
        }

        var first = result.Errors.Count > 0 ? $"line {result.Errors[0].Line}: {result.Errors[0].Message}" : "?";
        return DiscordResponses.Ephemeral(phrases.ReloadFailed(result.Errors.Count, first));
    }
}
