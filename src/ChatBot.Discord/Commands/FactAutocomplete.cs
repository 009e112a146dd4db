using ChatBot.Core.Knowledge;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>Suggests fact ids (and source ids) while a moderator types one: prefix matches first, then ids containing the text.</summary>
public sealed class FactAutocomplete(IKnowledgeProvider knowledge)
{
    public InteractionResponse Suggest(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var focused = FactSubcommands.Of(interaction)?.Options?.FirstOrDefault(o => o.Focused == true);
        IEnumerable<string>? ids = focused?.Name switch
        {
            FactSubcommands.IdOption => knowledge.Current.Facts.Select(f => f.Id),
            FactSubcommands.SourceOption => knowledge.Current.Sources.Select(s => s.Id),
            _ => null,
        };
        if (focused is null || ids is null)
        {
            return DiscordResponses.Choices([]);
        }

        var typed = InteractionOptions.Text(focused).Trim().ToLowerInvariant();
        var choices = ids
            .Select(id => (Id: id, Rank: id.StartsWith(typed, StringComparison.Ordinal) ? 0 : id.Contains(typed, StringComparison.Ordinal) ? 1 : 2))
            .Where(m => m.Rank < 2)
            .OrderBy(m => m.Rank).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Take(DiscordMessageLimits.MaxChoices)
            .Select(m => ApplicationCommandOptionChoice.FromString(m.Id, m.Id))
            .ToList();
        return DiscordResponses.Choices(choices);
    }
}
