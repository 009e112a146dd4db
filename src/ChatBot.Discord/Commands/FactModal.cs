using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>The form a moderator writes a fact in: its YAML (at most 4,000 characters) and a reason for the audit log.</summary>
public static class FactModal
{
    public const string YamlInput = "yaml";
    public const string ReasonInput = "reason";
    public const int MaxValueLength = 4000;
    private const int MaxTitleLength = 45;

    public static InteractionResponse Open(string customId, string title, string? yaml) => new()
    {
        Type = InteractionCallbackType.Modal,
        Data = new InteractionCallbackData
        {
            CustomId = customId,
            Title = title.Length <= MaxTitleLength ? title : title[..(MaxTitleLength - 1)] + "…",
            Components =
            [
                Label("Fact (YAML)", "id, subject, kind, amount, period, statement, source, quote", new Component
                {
                    Type = ComponentType.TextInput, CustomId = YamlInput, Style = (int)TextInputStyle.Paragraph,
                    MinLength = 1, MaxLength = MaxValueLength, Required = true, Value = yaml,
                }),
                Label("Reason (audit log)", null, new Component
                {
                    Type = ComponentType.TextInput, CustomId = ReasonInput, Style = (int)TextInputStyle.Short,
                    MaxLength = FactSubcommands.MaxReasonLength, Required = false,
                }),
            ],
        },
    };

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

    private static Component Label(string label, string? description, Component input) =>
        new() { Type = ComponentType.Label, Label = label, Description = description, Child = input };
}
