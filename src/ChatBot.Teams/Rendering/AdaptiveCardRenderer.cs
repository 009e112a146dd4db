using System.Text.Json.Nodes;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Teams.Rendering;

/// <summary>
/// Renders an <see cref="Answer"/> as an Adaptive Card using only schema 1.2, which Teams renders on phones as well as
/// desktops: headline, lead, figures as FactSets (the amount in bold), notes, and a Sources section with titles,
/// publishers and the verbatim quotes that Action.ToggleVisibility (1.2) expands and collapses.
/// </summary>
internal static class AdaptiveCardRenderer
{
    public const string Version = "1.2";
    public const string SourcesId = "sources";
    public const string QuotesVerb = "sources";

    public static JsonObject Render(Answer answer, CardOptions options, CardDetail detail) =>
        Render(answer, TeamsPhrases.For(answer.Language), options, detail);

    public static JsonObject Render(Answer answer, TeamsPhrases phrases, CardOptions options, CardDetail detail)
    {
        var body = new JsonArray { TextBlock(TeamsMarkdown.Escape(answer.Headline), bolder: true, size: "medium") };
        foreach (var line in answer.Lead)
        {
            body.Add(TextBlock(TeamsMarkdown.Escape(line)));
        }

        var shown = 0;
        var total = answer.Sections.Sum(s => s.Items.Count);
        foreach (var section in answer.Sections)
        {
            var items = section.Items.Take(Math.Max(0, detail.MaxItems - shown)).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            shown += items.Count;
            if (section.Title is { } title)
            {
                body.Add(TextBlock(TeamsMarkdown.Escape(title), bolder: true, separator: true));
            }

            AddItems(body, answer, items, detail, phrases.Answers);
        }

        if (shown < total)
        {
            body.Add(TextBlock(phrases.MoreLines(total - shown), subtle: true));
        }

        foreach (var note in answer.Notes)
        {
            body.Add(TextBlock(TeamsMarkdown.Escape(note), subtle: true, separator: true));
        }

        return Card(body, answer, phrases, options, detail);
    }

    /// <summary>
    /// A phrased answer: the checked reply (its citations already the template's source numbers) in place of headline and
    /// figures, the template's notes, the "phrased by AI" label, then the bot's own sources, quotes and quotes button.
    /// </summary>
    public static JsonObject RenderPhrased(Answer answer, string text, CardOptions options, CardDetail detail) =>
        RenderPhrased(answer, text, TeamsPhrases.For(answer.Language), options, detail);

    public static JsonObject RenderPhrased(Answer answer, string text, TeamsPhrases phrases, CardOptions options, CardDetail detail)
    {
        var body = new JsonArray();
        foreach (var paragraph in text.Trim().Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            body.Add(TextBlock(TeamsMarkdown.Escape(paragraph)));
        }

        foreach (var note in answer.Notes)
        {
            body.Add(TextBlock(TeamsMarkdown.Escape(note), subtle: true, separator: true));
        }

        body.Add(TextBlock(phrases.Answers.PhrasedByAi, subtle: true, italic: true));
        return Card(body, answer, phrases, options, detail);
    }

    private static JsonObject Card(JsonArray body, Answer answer, TeamsPhrases phrases, CardOptions options, CardDetail detail)
    {
        if (answer.Sources.Count > 0)
        {
            AddSources(body, answer, phrases, options, detail);
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        };
        if (options.QuotesAction && answer.Facts.Count > 0)
        {
            card["actions"] = new JsonArray { QuotesAction(phrases.QuotesButton, answer.Facts.Select(f => f.Id)) };
        }

        return card;
    }

    /// <summary>
    /// An Action.Submit whose <c>msteams</c> data makes Teams send an <c>invoke</c> activity to the bot, which answers with
    /// the quotes of these facts looked up in the knowledge then in force.
    /// </summary>
    public static JsonObject QuotesAction(string title, IEnumerable<string> factIds) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject
        {
            ["msteams"] = new JsonObject
            {
                ["type"] = "invoke",
                ["value"] = new JsonObject
                {
                    ["action"] = QuotesVerb,
                    ["facts"] = new JsonArray([.. factIds.Select(id => (JsonNode)JsonValue.Create(id))]),
                },
            },
        },
    };

    public static JsonObject TextBlock(string text, bool bolder = false, string? size = null, bool subtle = false, bool separator = false, bool italic = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = italic ? $"_{text}_" : text, ["wrap"] = true };
        if (bolder)
        {
            block["weight"] = "bolder";
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }

    private static void AddItems(JsonArray body, Answer answer, IReadOnlyList<AnswerItem> items, CardDetail detail, AnswerPhrases phrases)
    {
        var facts = new JsonArray();
        foreach (var item in items)
        {
            if (item.Figure is null)
            {
                Flush(body, ref facts);
                body.Add(TextBlock(AnswerLineFormatter.Format(item, TeamsMarkdown.Escape, Bold)));
            }
            else
            {
                // The title column carries who (or, for one subject, when); the value the bold amount, period and statement.
                var title = item.Label ?? item.Period ?? "–";
                var rest = item with { Label = null, Period = item.Label is null ? null : item.Period };
                facts.Add(new JsonObject
                {
                    ["title"] = TeamsMarkdown.Escape(title),
                    ["value"] = AnswerLineFormatter.Format(rest, TeamsMarkdown.Escape, Bold),
                });
            }

            if (item.ShowQuotes && detail.Quotes)
            {
                Flush(body, ref facts);
                foreach (var fact in item.Facts)
                {
                    body.Add(TextBlock($"{TeamsMarkdown.Escape(phrases.Quoted(fact.Quote))} [{answer.NumberOf(fact.SourceId)}]", subtle: true));
                }
            }
        }

        Flush(body, ref facts);
    }

    private static void Flush(JsonArray body, ref JsonArray facts)
    {
        if (facts.Count > 0)
        {
            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
            facts = [];
        }
    }

    private static void AddSources(JsonArray body, Answer answer, TeamsPhrases phrases, CardOptions options, CardDetail detail)
    {
        var header = TextBlock($"{phrases.Answers.SourcesLabel} ({answer.Sources.Count})", bolder: true, separator: !options.CollapsibleSources);
        body.Add(options.CollapsibleSources ? WithToggle(header, phrases.ShowHide) : header);

        var items = new JsonArray();
        foreach (var cited in answer.Sources.Take(detail.MaxSources))
        {
            items.Add(TextBlock($"[{cited.Number}] {SourceLine(cited.Source, phrases.Answers)}"));
            if (detail.Quotes)
            {
                foreach (var fact in answer.Facts.Where(f => f.SourceId == cited.Source.Id))
                {
                    items.Add(TextBlock(TeamsMarkdown.Escape(phrases.Answers.Quoted(fact.Quote)), subtle: true));
                }
            }
        }

        if (answer.Sources.Count > detail.MaxSources)
        {
            items.Add(TextBlock(phrases.MoreSources(answer.Sources.Count - detail.MaxSources), subtle: true));
        }

        body.Add(new JsonObject { ["type"] = "Container", ["id"] = SourcesId, ["isVisible"] = !options.CollapsibleSources, ["items"] = items });
    }

    /// <summary>The sources header with a "Show / hide" button beside it, as Teams lays out collapsible sections.</summary>
    private static JsonObject WithToggle(JsonObject header, string title) => new()
    {
        ["type"] = "ColumnSet",
        ["separator"] = true,
        ["columns"] = new JsonArray
        {
            new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray { header } },
            new JsonObject
            {
                ["type"] = "Column",
                ["width"] = "auto",
                ["items"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["type"] = "ActionSet",
                        ["actions"] = new JsonArray
                        {
                            new JsonObject { ["type"] = "Action.ToggleVisibility", ["title"] = title, ["targetElements"] = new JsonArray { SourcesId } },
                        },
                    },
                },
            },
        },
    };

    /// <summary>The engine's source line, with the title linked to the article when its address is known.</summary>
    internal static string SourceLine(Source source, AnswerPhrases phrases)
    {
        var line = TeamsMarkdown.Escape(phrases.SourceLine(source));
        if (source.Url is { } url && source.Title is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            line += $" – [{Host(uri)}]({uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})";
        }

        return line;
    }

    private static string Host(Uri uri) => uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;

    private static string Bold(string text) => $"**{text}**";
}
