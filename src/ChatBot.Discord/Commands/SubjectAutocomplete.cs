using ChatBot.Core.Knowledge;
using ChatBot.Core.Text;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Suggests subjects while a company option is typed: names in the user's language and aliases, matched folded
/// (case and umlauts ignored), prefix matches before contains matches. The choice value is the subject id.
/// </summary>
public sealed class SubjectAutocomplete(IKnowledgeProvider knowledge)
{
    private const int MaxChoiceNameLength = 100;

    public InteractionResponse Suggest(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var focused = InteractionOptions.Focused(interaction.Data);
        if (focused is null || focused.Type != ApplicationCommandOptionType.String)
        {
            return DiscordResponses.Choices([]);
        }

        var language = InteractionLanguage.Of(interaction);
        var typed = TextFolding.Fold(InteractionOptions.Text(focused).Trim());
        var choices = knowledge.Current.Subjects
            .Select(subject => (Subject: subject, Match: BestMatch(subject, typed, language)))
            .Where(m => m.Match is not null)
            .OrderBy(m => m.Match!.Value.Rank)
            .ThenBy(m => m.Subject.Name.In(language), StringComparer.OrdinalIgnoreCase)
            .Take(DiscordMessageLimits.MaxChoices)
            .Select(m => ApplicationCommandOptionChoice.FromString(ChoiceName(m.Subject, m.Match!.Value.Alias, language), m.Subject.Id))
            .ToList();
        return DiscordResponses.Choices(choices);
    }

    /// <summary>Rank 0: the name starts with the text; 1: an alias does; 2: the name or an alias contains it.</summary>
    private static (int Rank, string? Alias)? BestMatch(Subject subject, string typed, Language language)
    {
        if (typed.Length == 0)
        {
            return (0, null);
        }

        string[] names = [subject.Name.In(language), .. subject.Name.Texts];
        if (names.Any(n => TextFolding.Fold(n).StartsWith(typed, StringComparison.Ordinal)))
        {
            return (0, null);
        }

        if (subject.Aliases.FirstOrDefault(a => TextFolding.Fold(a).StartsWith(typed, StringComparison.Ordinal)) is { } alias)
        {
            return (1, alias);
        }

        if (names.Any(n => TextFolding.Fold(n).Contains(typed, StringComparison.Ordinal)))
        {
            return (2, null);
        }

        return subject.Aliases.FirstOrDefault(a => TextFolding.Fold(a).Contains(typed, StringComparison.Ordinal)) is { } contained
            ? (2, contained)
            : null;
    }

    private static string ChoiceName(Subject subject, string? alias, Language language)
    {
        var name = subject.Name.In(language);
        var label = alias is null || string.Equals(alias, name, StringComparison.OrdinalIgnoreCase) ? name : $"{name} ({alias})";
        return DiscordMessageLimits.Truncate(label, MaxChoiceNameLength);
    }
}
