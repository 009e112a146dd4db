using ChatBot.Core.Knowledge;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Answers a press on an answer's "Sources" button with the verbatim quotes behind it, only for the user who pressed.
/// The facts are looked up in the knowledge in force now, so a removed fact is reported rather than shown stale.
/// </summary>
public sealed class SourcesButton(IKnowledgeProvider knowledge)
{
    public InteractionResponse Press(Interaction interaction, IReadOnlyList<string> factIds)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(factIds);
        var phrases = DiscordPhrases.For(InteractionLanguage.Of(interaction));
        var kb = knowledge.Current;
        var facts = factIds.Distinct(StringComparer.Ordinal).Select(kb.FindFact).OfType<Fact>().ToList();
        if (facts.Count == 0)
        {
            return DiscordResponses.Ephemeral(phrases.SourcesGone);
        }

        var fields = facts.Select(fact => Field(fact, kb.FindSource(fact.SourceId), phrases)).ToList();
        return DiscordResponses.Message(new InteractionCallbackData
        {
            Embeds = [new Embed { Title = phrases.QuotesTitle, Fields = fields }],
            Flags = MessageFlags.Ephemeral,
            AllowedMentions = AllowedMentions.None,
        });
    }

    private static EmbedField Field(Fact fact, Source? source, DiscordPhrases phrases)
    {
        var title = source is null ? phrases.Answers.Untitled : DiscordAnswerRenderer.SourceTitle(source, phrases);
        var publisher = DiscordMarkdown.Escape(source?.Publisher ?? phrases.Answers.PublisherUnknown);
        return new EmbedField(title, $"{phrases.Answers.Quoted(DiscordMarkdown.Escape(fact.Quote))}\n— {publisher}");
    }
}
