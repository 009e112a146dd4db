using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Discord.IngestReview;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Every application command the bot offers, in one place: the router dispatches on these names and
/// <c>register-commands</c> publishes exactly this list.
/// </summary>
public static class DiscordCommandDefinitions
{
    public const string Ask = "ask";
    public const string Pledge = "pledge";
    public const string Compare = "compare";
    public const string Top = "top";
    public const string Sources = "sources";
    public const string Help = "help";
    public const string Reload = "reload";
    public const string FactCommand = "fact";
    public const string KnowledgeCommand = "knowledge";
    public const string AskMessage = "Ask ChatBot";
    public const string IngestCommandName = "ingest";
    public const string DraftsCommandName = "drafts";

    public const string QuestionOption = "question";
    public const string CompanyOption = "company";
    public const string YearOption = "year";
    public const string FirstCompanyOption = "a";
    public const string SecondCompanyOption = "b";
    public const string ConfirmOption = "confirm";

    public const int MinYear = Years.Min;
    public const int MaxYear = Years.Max;

    // Interaction context types: 0 = guild, 1 = DM with the bot, 2 = group DM / private channel.
    private static readonly IReadOnlyList<int> Everywhere = [0, 1, 2];
    private static readonly IReadOnlyList<int> GuildOnly = [0];

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        Slash(Ask, "Ask a question about AI investments (German or English)",
        [
            new()
            {
                Type = ApplicationCommandOptionType.String, Name = QuestionOption, Description = "Your question, e.g. How much does Meta invest in 2025?",
                Required = true, MaxLength = QuestionGuard.MaxLength,
            },
        ]),
        Slash(Pledge, "A company's AI investment figures, with sources", [Company(CompanyOption, "The company"), Year()]),
        Slash(Compare, "Compare the AI investment figures of two companies",
            [Company(FirstCompanyOption, "The first company"), Company(SecondCompanyOption, "The second company"), Year()]),
        Slash(Top, "Who invests the most in AI", [Year()]),
        Slash(Sources, "The articles the figures come from", []),
        Slash(Help, "What the bot can answer and how to ask", []),
        Slash(Reload, "Moderators: reload the knowledge now and report errors",
        [
            new()
            {
                Type = ApplicationCommandOptionType.Boolean, Name = ConfirmOption,
                Description = "Take in force an edit that removes many facts (the reload without it lists them)",
            },
        ], ModeratorPermissions.DefaultMemberPermissions, GuildOnly),
        Slash(FactCommand, "Moderators: add, edit, remove or undo the bot's facts", FactSubcommands.Options, ModeratorPermissions.DefaultMemberPermissions, GuildOnly),
        Slash(KnowledgeCommand, "Moderators: the knowledge in force", [.. FactSubcommands.KnowledgeOptions, KnowledgeStaleCommand.Option], ModeratorPermissions.DefaultMemberPermissions, GuildOnly),
        new() { Name = AskMessage, Type = ApplicationCommandType.Message, Description = "", Contexts = Everywhere },
        Slash(IngestCommandName, "Moderators: read a new article (file or URL) and review its proposed figures", IngestCommand.Options, ModeratorPermissions.DefaultMemberPermissions, GuildOnly),
        Slash(DraftsCommandName, "Moderators: the ingest drafts awaiting review, or open one", DraftsCommand.Options, ModeratorPermissions.DefaultMemberPermissions, GuildOnly),
    ];

    /// <summary>The definition of the command named <paramref name="name"/>, or null for names the bot does not offer.</summary>
    public static ApplicationCommand? Find(string? name) => All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>Commands restricted to moderators carry <c>default_member_permissions</c>; the router re-checks it on every call.</summary>
    public static bool IsModeratorOnly(ApplicationCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.DefaultMemberPermissions is not null;
    }

    private static ApplicationCommand Slash(
        string name, string description, IReadOnlyList<ApplicationCommandOption> options, string? permissions = null, IReadOnlyList<int>? contexts = null) =>
        new()
        {
            Name = name,
            Description = description,
            Type = ApplicationCommandType.ChatInput,
            Options = options,
            DefaultMemberPermissions = permissions,
            Contexts = contexts ?? Everywhere,
        };

    private static ApplicationCommandOption Company(string name, string description) => new()
    {
        Type = ApplicationCommandOptionType.String, Name = name, Description = description, Required = true, Autocomplete = true, MaxLength = 100,
    };

    private static ApplicationCommandOption Year() => new()
    {
        Type = ApplicationCommandOptionType.Integer, Name = YearOption, Description = "The year (optional)", MinValue = MinYear, MaxValue = MaxYear,
    };
}
