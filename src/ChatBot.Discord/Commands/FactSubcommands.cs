using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>The subcommands of <c>/fact</c> and <c>/knowledge</c>, and how to read the one a user ran.</summary>
public static class FactSubcommands
{
    public const string Add = "add";
    public const string Edit = "edit";
    public const string Remove = "remove";
    public const string Show = "show";
    public const string History = "history";
    public const string Undo = "undo";
    public const string Status = "status";
    public const string IdOption = "id";
    public const string ChangeOption = "change";
    public const string ReasonOption = "reason";
    public const string SourceOption = "source";
    public const string KindOption = "kind";
    public const string TopicsOption = "topics";

    public const int MaxReasonLength = 200;

    public static IReadOnlyList<ApplicationCommandOption> Options { get; } =
    [
        Sub(Add, "Add a fact from an archived article (opens a form)", [Source(required: true), Kind(required: true), Topics(), NewId(), Reason()]),
        Sub(Edit, "Edit a fact (opens a form with its current values)", [Id(required: true), Source(required: false), Kind(required: false), Topics(), Reason()]),
        Sub(Remove, "Remove a fact (asks for confirmation)", [Id(required: true), Reason()]),
        Sub(Show, "A fact with its source, quote, version and number of changes", [Id(required: true)]),
        Sub(History, "Recent changes, of one fact or of all", [Id(required: false)]),
        Sub(Undo, "Revert a change (default: the latest)",
        [
            new() { Type = ApplicationCommandOptionType.Integer, Name = ChangeOption, Description = "The change number from /fact history", MinValue = 1 },
            Reason(),
        ]),
    ];

    public static IReadOnlyList<ApplicationCommandOption> KnowledgeOptions { get; } =
        [Sub(Status, "Version, load time, files, facts and the last refused edit", [])];

    /// <summary>The subcommand a user ran, with its options; null when the interaction has none.</summary>
    public static InteractionDataOption? Of(Interaction interaction) =>
        interaction.Data?.Options?.FirstOrDefault(o => o.Type == ApplicationCommandOptionType.SubCommand);

    public static string? String(InteractionDataOption? subcommand, string name) =>
        Find(subcommand, name)?.Value is { ValueKind: System.Text.Json.JsonValueKind.String } value ? value.GetString()?.Trim() : null;

    public static long? Integer(InteractionDataOption? subcommand, string name) =>
        Find(subcommand, name)?.Value is { ValueKind: System.Text.Json.JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    private static InteractionDataOption? Find(InteractionDataOption? subcommand, string name) =>
        subcommand?.Options?.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));

    private static ApplicationCommandOption Sub(string name, string description, IReadOnlyList<ApplicationCommandOption> options) =>
        new() { Type = ApplicationCommandOptionType.SubCommand, Name = name, Description = description, Options = options };

    private static ApplicationCommandOption Id(bool required) => new()
    {
        Type = ApplicationCommandOptionType.String, Name = IdOption, Description = "The fact's id", Required = required, Autocomplete = true, MaxLength = 100,
    };

    private static ApplicationCommandOption Source(bool required) => new()
    {
        Type = ApplicationCommandOptionType.String, Name = SourceOption, Description = "The source's id (its file in knowledge/sources/)", Required = required, Autocomplete = true, MaxLength = 100,
    };

    private static ApplicationCommandOption Kind(bool required) => new()
    {
        Type = ApplicationCommandOptionType.String, Name = KindOption, Description = "What the figure is", Required = required,
        Choices = [.. Core.Knowledge.Editing.Forms.FactFormReader.Kinds.Select(k => ApplicationCommandOptionChoice.FromString(k, k))],
    };

    private static ApplicationCommandOption Topics() => new()
    {
        Type = ApplicationCommandOptionType.String, Name = TopicsOption, Description = "Topic ids, comma-separated", MaxLength = 200,
    };

    private static ApplicationCommandOption NewId() => new()
    {
        Type = ApplicationCommandOptionType.String, Name = IdOption, Description = "The new fact's id (default: subject-kind-year)", MaxLength = 80,
    };

    private static ApplicationCommandOption Reason() => new()
    {
        Type = ApplicationCommandOptionType.String, Name = ReasonOption, Description = "Why (for the audit log)", MaxLength = MaxReasonLength,
    };
}
