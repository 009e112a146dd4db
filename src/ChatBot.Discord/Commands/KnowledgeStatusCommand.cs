using ChatBot.Core.Knowledge;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>/knowledge status (moderators): the version in force and the last edit that was refused, and why.</summary>
public sealed class KnowledgeStatusCommand(IKnowledgeProvider knowledge)
{
    public InteractionResponse Run(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return knowledge is IReloadableKnowledgeProvider reloadable
            ? DiscordResponses.Ephemeral(ModerationTexts.Status(reloadable.Status))
            : DiscordResponses.Ephemeral($"Knowledge: {knowledge.Current.Facts.Count} facts, {knowledge.Current.Sources.Count} sources (fixed; not reloadable).");
    }
}
