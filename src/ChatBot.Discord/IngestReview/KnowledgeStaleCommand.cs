using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.IngestReview;

/// <summary><c>/knowledge stale [older_than_days]</c> (moderators): facts whose source is older than the threshold or undated.</summary>
public sealed class KnowledgeStaleCommand(IKnowledgeProvider knowledge, LanguageTable<IIngestReviewPhrases> phrasebook, TimeProvider time)
{
    public const string Subcommand = "stale";
    public const string OlderThanOption = "older_than_days";
    public const int DefaultDays = 180;
    private const int MaxListed = 15;

    public static ApplicationCommandOption Option { get; } = new()
    {
        Type = ApplicationCommandOptionType.SubCommand, Name = Subcommand, Description = "Facts whose source is older than a number of days, or undated",
        Options =
        [
            new() { Type = ApplicationCommandOptionType.Integer, Name = OlderThanOption, Description = $"Age of the source in days (default {DefaultDays})", MinValue = 0, MaxValue = 36500 },
        ],
    };

    public static bool IsStale(Interaction interaction) => FactSubcommands.Of(interaction)?.Name == Subcommand;

    public InteractionResponse Run(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var phrases = phrasebook.For(InteractionLanguage.Of(interaction));
        var days = (int)Math.Clamp(FactSubcommands.Integer(FactSubcommands.Of(interaction), OlderThanOption) ?? DefaultDays, 0, 36500);
        var current = knowledge.Current;
        var stale = StaleFacts.Find(current, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), days);
        var lines = stale.Take(MaxListed).Select(s => phrases.StaleLine(s.Fact.Id, s.Fact.SourceId, s.Source?.Published, s.AgeDays)).ToList();
        if (stale.Count > MaxListed)
        {
            lines.Add(phrases.StaleMore(stale.Count - MaxListed));
        }

        return DiscordResponses.Ephemeral(string.Join("\n", [phrases.StaleHeader(stale.Count, current.Facts.Count, days), .. lines]));
    }
}
