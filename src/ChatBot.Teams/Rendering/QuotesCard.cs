using System.Text.Json.Nodes;
using ChatBot.Core.Knowledge;

namespace ChatBot.Teams.Rendering;

/// <summary>The verbatim quotes behind an answer, grouped by article, for the card's quotes button.</summary>
internal static class QuotesCard
{
    public static JsonObject Render(IReadOnlyList<Fact> facts, KnowledgeBase knowledge, Language language)
    {
        var phrases = TeamsPhrases.For(language);
        var body = new JsonArray { AdaptiveCardRenderer.TextBlock(phrases.Answers.QuotesTitle, bolder: true, size: "medium") };
        foreach (var group in facts.GroupBy(f => f.SourceId))
        {
            var line = knowledge.FindSource(group.Key) is { } source
                ? AdaptiveCardRenderer.SourceLine(source, phrases.Answers)
                : TeamsMarkdown.Escape(phrases.Answers.Untitled);
            body.Add(AdaptiveCardRenderer.TextBlock(line, bolder: true, separator: true));
            foreach (var fact in group)
            {
                body.Add(AdaptiveCardRenderer.TextBlock(TeamsMarkdown.Escape(phrases.Answers.Quoted(fact.Quote))));
            }
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = AdaptiveCardRenderer.Version,
            ["body"] = body,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        };
    }

    /// <summary>The same quotes as plain text, for the fallback.</summary>
    public static string Text(IReadOnlyList<Fact> facts, Language language) =>
        string.Join("\n", facts.Select(f => TeamsPhrases.For(language).Answers.Quoted(f.Quote)));
}
