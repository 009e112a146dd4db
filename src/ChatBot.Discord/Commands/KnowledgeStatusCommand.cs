using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Core.Languages;
using ChatBot.Discord.Models;
using ChatBot.Discord.Moderation;

namespace ChatBot.Discord.Commands;

/// <summary>
/// /knowledge status (moderators): the version in force, the last edit that was refused and why, and how optional
/// LLM phrasing fared (answers phrased, fallbacks to the template by reason).
/// </summary>
public sealed class KnowledgeStatusCommand(IKnowledgeProvider knowledge, IAnswerPhraser phraser, PhrasingStats phrasing, LanguageTable<IModerationPhrases> phraseBooks)
{
    public InteractionResponse Run(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var phrases = phraseBooks.For(InteractionLanguage.Of(interaction));
        var status = knowledge is IReloadableKnowledgeProvider reloadable
            ? ModerationMessages.Status(phrases, reloadable.Status)
            : phrases.FixedKnowledge(knowledge.Current.Facts.Count, knowledge.Current.Sources.Count);
        return DiscordResponses.Ephemeral(status + "\n" + ModerationMessages.Phrasing(phrases, PhrasingStatistics.Of(phrasing, phraser is not TemplateOnlyPhraser)));
    }

    /// <summary>One line on phrasing, in English; fallback reasons that never happened are left out.</summary>
    public static string PhrasingLine(PhrasingStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return ModerationMessages.Phrasing(ModerationPhraseBooks.Default.For(Language.English), statistics);
    }
}
