using ChatBot.Core.Knowledge.Editing.Forms;
using ChatBot.Discord.Models;
using ChatBot.Discord.Moderation;

namespace ChatBot.Discord.Commands;

/// <summary>
/// The forms a moderator writes a fact in. <see cref="OpenForm"/> is the fact form — subject, amount, period, quote and
/// statements as one writes them (Discord allows five inputs; source, kind and topics are command options).
/// <see cref="Open"/> is the raw form (the fact's YAML and a reason), for tools that edit YAML directly.
/// </summary>
public static class FactModal
{
    public const string YamlInput = "yaml";
    public const string ReasonInput = "reason";
    public const string SubjectInput = "subject";
    public const string AmountInput = "amount";
    public const string PeriodInput = "period";
    public const string QuoteInput = "quote";
    public const string StatementsInput = "statements";
    public const int MaxValueLength = FactFormReader.MaxValueLength;
    private const int MaxTitleLength = 45;
    private const int MaxShortLength = 200;

    /// <summary>The fact form, prefilled with <paramref name="values"/> (empty fields for a new fact), in the phrase book's language.</summary>
    public static InteractionResponse OpenForm(string customId, string title, FactForm values, IModerationPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(phrases);
        return Modal(customId, title,
        [
            Label(phrases.SubjectLabel, phrases.SubjectHint, Input(SubjectInput, TextInputStyle.Short, MaxShortLength, required: true, values.Subject)),
            Label(phrases.AmountLabel, phrases.AmountHint, Input(AmountInput, TextInputStyle.Short, MaxShortLength, required: false, values.Amount)),
            Label(phrases.PeriodLabel, phrases.PeriodHint, Input(PeriodInput, TextInputStyle.Short, MaxShortLength, required: false, values.Period)),
            Label(phrases.QuoteLabel, phrases.QuoteHint, Input(QuoteInput, TextInputStyle.Paragraph, MaxValueLength, required: true, values.Quote)),
            Label(phrases.StatementsLabel, phrases.StatementsHint, Input(StatementsInput, TextInputStyle.Paragraph, MaxValueLength, required: false, values.Statements)),
        ]);
    }

    /// <summary><paramref name="context"/> with the fields a submitted fact form carries replaced by what was typed.</summary>
    public static FactForm ReadForm(InteractionData? data, FactForm context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = Values(data);
        return context with
        {
            Subject = values.GetValueOrDefault(SubjectInput, ""),
            Amount = values.GetValueOrDefault(AmountInput, ""),
            Period = values.GetValueOrDefault(PeriodInput, ""),
            Quote = values.GetValueOrDefault(QuoteInput, ""),
            Statements = values.GetValueOrDefault(StatementsInput, ""),
        };
    }

    /// <summary>The raw form: a fact's YAML (at most 4,000 characters) and a reason for the audit log.</summary>
    public static InteractionResponse Open(string customId, string title, string? yaml) => Modal(customId, title,
    [
        Label("Fact (YAML)", "id, subject, kind, amount, period, statement, source, quote",
            Input(YamlInput, TextInputStyle.Paragraph, MaxValueLength, required: true, yaml) with { MinLength = 1 }),
        Label("Reason (audit log)", null, Input(ReasonInput, TextInputStyle.Short, FactSubcommands.MaxReasonLength, required: false, null)),
    ]);

    /// <summary>The text inputs' values by custom id, from labels or (older clients) action rows.</summary>
    public static IReadOnlyDictionary<string, string> Values(InteractionData? data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var top in data?.Components ?? [])
        {
            IEnumerable<Component> children = top.Type switch
            {
                ComponentType.Label when top.Child is { } child => [child],
                ComponentType.ActionRow => top.Components ?? [],
                _ => [],
            };
            foreach (var input in children.Where(c => c.Type == ComponentType.TextInput && c.CustomId is not null))
            {
                values[input.CustomId!] = input.Value ?? "";
            }
        }

        return values;
    }

    private static InteractionResponse Modal(string customId, string title, IReadOnlyList<Component> components) => new()
    {
        Type = InteractionCallbackType.Modal,
        Data = new InteractionCallbackData
        {
            CustomId = customId,
            Title = title.Length <= MaxTitleLength ? title : title[..(MaxTitleLength - 1)] + "…",
            Components = components,
        },
    };

    // Discord refuses a prefilled value longer than the input allows, so an over-long value is left for the moderator to retype.
    private static Component Input(string customId, TextInputStyle style, int maxLength, bool required, string? value) => new()
    {
        Type = ComponentType.TextInput, CustomId = customId, Style = (int)style, MaxLength = maxLength, Required = required,
        Value = string.IsNullOrEmpty(value) || value.Length > maxLength ? null : value,
    };

    private static Component Label(string label, string? description, Component input) =>
        new() { Type = ComponentType.Label, Label = Bounded(label, MaxTitleLength), Description = description is null ? null : Bounded(description, 100), Child = input };

    private static string Bounded(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
