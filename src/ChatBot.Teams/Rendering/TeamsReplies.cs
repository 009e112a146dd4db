using System.Text.Json.Nodes;
using ChatBot.Core.Answers;
using ChatBot.Core.Phrasing;
using ChatBot.Teams.Activities;
using ChatBot.Teams.Json;

namespace ChatBot.Teams.Rendering;

/// <summary>
/// Builds reply activities: an answer as one Adaptive Card with a plain-text fallback (the activity summary and the
/// card's fallbackText), shrunk step by step until the serialized message fits <see cref="CardOptions.MaxMessageBytes"/>.
/// </summary>
internal static class TeamsReplies
{
    // The fallback is for notifications and clients without cards; the card carries the full answer.
    private const int MaxFallbackChars = 1500;

    public static Activity Answer(Answer answer, CardOptions options)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Answer(PhrasedAnswer.Unphrased(answer), options);
    }

    /// <summary>A phrased answer's card shows the checked text with the "phrased by AI" label; an unphrased one the template.</summary>
    public static Activity Answer(PhrasedAnswer phrased, CardOptions options)
    {
        ArgumentNullException.ThrowIfNull(phrased);
        return Answer(phrased, options, TeamsPhrases.For(phrased.Template.Language));
    }

    /// <summary>The answer in the wording of <paramref name="phrases"/> (a registered or a test's phrase book).</summary>
    public static Activity Answer(PhrasedAnswer phrased, CardOptions options, TeamsPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(phrased);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(phrases);
        var answer = phrased.Template;
        var fallback = Fallback(PhrasedAnswerRenderer.Render(phrased, phrases.Answers));
        var total = answer.Sections.Sum(s => s.Items.Count);
        foreach (var detail in Details(total, answer.Sources.Count))
        {
            var card = phrased.Text is { } text
                ? AdaptiveCardRenderer.RenderPhrased(answer, text, phrases, options, detail)
                : AdaptiveCardRenderer.Render(answer, phrases, options, detail);
            var reply = Message(card, fallback);
            if (SizeOf(reply) <= options.MaxMessageBytes)
            {
                return reply;
            }
        }

        // Not even the headline fits (a pathological knowledge entry): say it in text, cut to the limit.
        return Text(Cut(fallback, options.MaxMessageBytes / 4));
    }

    /// <summary>A card without the answer machinery, e.g. the quotes behind an answer.</summary>
    public static Activity Card(JsonObject card, string fallback) => Message(card, Fallback(fallback));

    public static Activity Text(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = TeamsMarkdown.WithoutMentions(text),
        TextFormat = "plain",
    };

    /// <summary>The size Teams counts: the serialized message in UTF-16, two bytes per char.</summary>
    public static int SizeOf(Activity activity) => TeamsJson.Serialize(activity).Length * 2;

    private static Activity Message(JsonObject card, string fallback)
    {
        card["fallbackText"] = fallback;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = fallback,
            Attachments = [new ActivityAttachment(ActivityAttachment.AdaptiveCardType, card)],
        };
    }

    // First drop the quotes (the bulk, and one click away), then halve lines and sources until the card fits.
    private static IEnumerable<CardDetail> Details(int items, int sources)
    {
        yield return CardDetail.Full;
        for (int maxItems = items, maxSources = sources; ; maxItems /= 2, maxSources /= 2)
        {
            yield return new CardDetail(false, Math.Max(maxItems, 1), Math.Max(maxSources, 1));
            if (maxItems <= 1 && maxSources <= 1)
            {
                yield break;
            }
        }
    }

    private static string Fallback(string text) => Cut(TeamsMarkdown.WithoutMentions(text), MaxFallbackChars);

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
