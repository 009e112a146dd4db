using ChatBot.Core.Knowledge;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rendering;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Answers a press on an answer's "Sources" button with the verbatim quotes behind it, only for the user who pressed.
/// The facts are looked up in the knowledge in force now, so a removed fact is reported rather than shown stale.
/// </summary>
public sealed class SourcesButton(IKnowledgeProvider knowledge, IOptions<DiscordOptions> options)
{
    private const int MaxRows = 5;
    private const int ButtonsPerRow = 5;
    private const int MaxLabel = 80;

    public InteractionResponse Press(Interaction interaction, IReadOnlyList<string> factIds)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(factIds);
        var phrases = DiscordPhrases.For(InteractionLanguage.Of(interaction));
        var kb = knowledge.Current;
        var facts = factIds.Distinct(StringComparer.Ordinal).Select(kb.FindFact).OfType<Fact>().ToList();
        if (facts.Count == 0)
        {
            return DiscordResponses.Ephemeral(phrases.Answers.SourcesGone);
        }

        var fields = facts.Select(fact => Field(fact, kb.FindSource(fact.SourceId), phrases)).ToList();
        return DiscordResponses.Message(new InteractionCallbackData
        {
            Embeds = [new Embed { Title = phrases.Answers.QuotesTitle, Fields = fields }],
            Flags = MessageFlags.Ephemeral,
            AllowedMentions = AllowedMentions.None,
            Components = ModeratorPermissions.IsModerator(interaction, options.Value.GetModeratorRoleIds()) ? EditButtons(facts) : null,
        });
    }

    // The view is ephemeral, so only a moderator ever sees these: one click from "that figure looks wrong" to the form.
    private static IReadOnlyList<Component> EditButtons(IReadOnlyList<Fact> facts) =>
    [
        .. facts
            .Select(f => (f.Id, CustomId: FactCustomIds.EditButton(f.Id)))
            .Where(b => b.CustomId is not null)
            .Take(MaxRows * ButtonsPerRow)
            .Chunk(ButtonsPerRow)
            .Select(row => new Component
            {
                Type = ComponentType.ActionRow,
                Components = [.. row.Select(b => new Component
                {
                    Type = ComponentType.Button, Style = (int)ButtonStyle.Secondary, CustomId = b.CustomId,
                    Label = ("Edit " + b.Id).Length <= MaxLabel ? "Edit " + b.Id : ("Edit " + b.Id)[..(MaxLabel - 1)] + "…",
                })],
            }),
    ];

    private static EmbedField Field(Fact fact, Source? source, DiscordPhrases phrases)
    {
        var title = source is null ? phrases.Answers.Untitled : DiscordAnswerRenderer.SourceTitle(source, phrases);
        var publisher = DiscordMarkdown.Escape(source?.Publisher ?? phrases.Answers.PublisherUnknown);
        return new EmbedField(title, $"{phrases.Answers.Quoted(DiscordMarkdown.Escape(fact.Quote))}\n— {publisher}");
    }
}
