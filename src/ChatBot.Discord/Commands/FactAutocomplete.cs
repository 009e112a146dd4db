using ChatBot.Core.Knowledge;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>Suggests fact ids while a moderator types one: prefix matches first, then ids containing the text.</summary>
public sealed class FactAutocomplete(IKnowledgeProvider knowledge)
{
    public InteractionResponse Suggest(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var focused = FactSubcommands.Of(interaction)?.Options?.FirstOrDefault(o => o.Focused == true);
        if (focused is null || focused.Name != FactSubcommands.IdOption)
        {
            return DiscordResponses.Choices([]);
        }

        var typed = InteractionOptions.Text(focused).Trim().ToLowerInvariant();
        var choices = knowledge.Current.Facts
            .Select(f => (f.Id, Rank: f.Id.StartsWith(typed, StringComparison.Ordinal) ? 0 : f.Id.Contains(typed, StringComparison.Ordinal) ? 1 : 2))
            .Where(m => m.Rank < 2)
            .OrderBy(m => m.Rank).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Take(DiscordMessageLimits.MaxChoices)
            .Select(m => ApplicationCommandOptionChoice.FromString(m.Id, m.Id))
            .ToList();
        return DiscordResponses.Choices(choices);
    }
}
