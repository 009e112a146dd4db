using ChatBot.Discord.Models;
using static ChatBot.Discord.Interactions.DiscordMessageLimits;

namespace ChatBot.Discord.Interactions;

/// <summary>Splits long descriptions and field lists into continuation embeds, then trims to the per-message budget.</summary>
internal static class EmbedLimiter
{
    // Discord rejects empty field names and values; a zero-width space is the conventional placeholder.
    private const string EmptyPlaceholder = "\u200b";

    public static IReadOnlyList<Embed>? Limit(IReadOnlyList<Embed>? embeds)
    {
        if (embeds is null)
        {
            return null;
        }

        var budget = MaxTotalEmbedLength;
        var result = new List<Embed>();
        foreach (var embed in embeds.SelectMany(Expand))
        {
            if (result.Count == MaxEmbeds)
            {
                break;
            }

            var (fitted, complete) = Fit(embed, ref budget);
            if (fitted is not null)
            {
                result.Add(fitted);
            }

            if (!complete)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>Enforces per-field limits and splits one embed into as many as its description and fields need.</summary>
    private static IEnumerable<Embed> Expand(Embed embed)
    {
        var chunks = SplitText(embed.Description, MaxDescriptionLength);
        var fields = (embed.Fields ?? [])
            .Select(f => new EmbedField(LimitField(f.Name, MaxFieldNameLength), LimitField(f.Value, MaxFieldValueLength), f.Inline))
            .Chunk(MaxFields)
            .ToList();
        var parts = Math.Max(1, Math.Max(chunks.Count, Math.Max(0, chunks.Count - 1) + fields.Count));
        for (var i = 0; i < parts; i++)
        {
            var fieldIndex = i - Math.Max(0, chunks.Count - 1);
            yield return new Embed
            {
                Title = i == 0 && embed.Title is not null ? Truncate(embed.Title, MaxTitleLength) : null,
                Url = i == 0 ? embed.Url : null,
                Color = embed.Color,
                Description = i < chunks.Count ? chunks[i] : null,
                Fields = fieldIndex >= 0 && fieldIndex < fields.Count ? fields[fieldIndex] : null,
                Footer = i == parts - 1 && embed.Footer is not null
                    ? new EmbedFooter(Truncate(embed.Footer.Text, MaxFooterLength))
                    : null,
            };
        }
    }

    /// <summary>Fits an embed into the remaining budget; <c>complete</c> is false once the budget is used up.</summary>
    private static (Embed? Embed, bool Complete) Fit(Embed embed, ref int budget)
    {
        var title = Take(embed.Title, ref budget);
        var description = title.Complete ? Take(embed.Description, ref budget) : (null, false);
        var fields = new List<EmbedField>();
        var complete = description.Complete;
        foreach (var field in embed.Fields ?? [])
        {
            if (!complete || field.Name.Length + 1 > budget)
            {
                complete = false;
                break;
            }

            budget -= field.Name.Length;
            var value = Take(field.Value, ref budget);
            fields.Add(field with { Value = value.Text ?? EmptyPlaceholder });
            complete = value.Complete;
        }

        var footer = complete ? Take(embed.Footer?.Text, ref budget) : (null, false);
        var fitted = embed with
        {
            Title = title.Text,
            Description = description.Text,
            Fields = fields.Count > 0 ? fields : null,
            Footer = footer.Text is null ? null : new EmbedFooter(footer.Text),
        };
        var empty = fitted.Title is null && fitted.Description is null && fitted.Fields is null && fitted.Footer is null;
        return (empty ? null : fitted, complete && footer.Complete);
    }

    private static (string? Text, bool Complete) Take(string? text, ref int budget)
    {
        if (text is null)
        {
            return (null, true);
        }

        if (text.Length <= budget)
        {
            budget -= text.Length;
            return (text, true);
        }

        var taken = budget > Ellipsis.Length ? Truncate(text, budget) : null;
        budget = 0;
        return (taken, false);
    }

    private static string LimitField(string? text, int maxLength) =>
        string.IsNullOrWhiteSpace(text) ? EmptyPlaceholder : Truncate(text, maxLength);

    /// <summary>Splits at line breaks or spaces where possible so continuation embeds read naturally.</summary>
    private static List<string> SplitText(string? text, int maxLength)
    {
        var chunks = new List<string>();
        var rest = text;
        while (!string.IsNullOrEmpty(rest))
        {
            if (rest.Length <= maxLength)
            {
                chunks.Add(rest);
                break;
            }

            var cut = rest.LastIndexOf('\n', maxLength - 1, maxLength / 2);
            if (cut <= 0)
            {
                cut = rest.LastIndexOf(' ', maxLength - 1, maxLength / 2);
            }

            cut = cut <= 0 ? SafeCut(rest, maxLength) : cut;
            chunks.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        return chunks;
    }
}
