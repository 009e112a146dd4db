using System.Text.Json;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>Interactions for the bot's own commands, shaped as Discord sends them (snake_case, snowflakes as strings).</summary>
internal static class CommandPayloads
{
    public const string GuildId = "1100000000000000001";
    public const string ChannelId = "1100000000000000002";
    public const string ModeratorRoleId = "1100000000000000077";
    public const string EveryonePermissions = "2147552256";
    public const string NoPermissions = "0";

    private static int _nextId;

    /// <summary>A slash command; <paramref name="options"/> are (name, type, value) with value a string or an int.</summary>
    public static string Slash(string name, string? locale = "en-US", string permissions = EveryonePermissions, string[]? roles = null, params (string Name, int Type, object Value)[] options) =>
        Interaction(2, $$"""{"id":"1170000000000000001","name":"{{name}}","type":1,"options":{{Options(options, focused: null)}}}""", locale, permissions, roles);

    public static string Autocomplete(string name, string focusedOption, string partial, string? locale = "en-US") =>
        Interaction(4, $$"""{"id":"1170000000000000001","name":"{{name}}","type":1,"options":{{Options([(focusedOption, 3, partial)], focusedOption)}}}""", locale);

    public static string Button(string customId, string? locale = "en-US") =>
        Interaction(3, $$"""{"custom_id":{{Json(customId)}},"component_type":2}""", locale);

    /// <summary>A subcommand, e.g. <c>/fact edit id:x</c>; options as for <see cref="Slash"/>.</summary>
    public static string SubCommand(string name, string sub, string permissions = EveryonePermissions, string[]? roles = null, params (string Name, int Type, object Value)[] options) =>
        Interaction(2, $$"""{"id":"1170000000000000001","name":"{{name}}","type":1,"options":[{"name":"{{sub}}","type":1,"options":{{Options(options, focused: null)}}}]}""", "en-US", permissions, roles);

    public static string SubCommandAutocomplete(string name, string sub, string focusedOption, string partial, string permissions) =>
        Interaction(4, $$"""{"id":"1170000000000000001","name":"{{name}}","type":1,"options":[{"name":"{{sub}}","type":1,"options":{{Options([(focusedOption, 3, partial)], focusedOption)}}}]}""", "en-US", permissions);

    public static string ButtonAs(string customId, string permissions, string[]? roles = null) =>
        Interaction(3, $$"""{"custom_id":{{Json(customId)}},"component_type":2}""", "en-US", permissions, roles);

    /// <summary>A modal submit as current clients send it: each text input inside a label.</summary>
    public static string ModalSubmit(string customId, IReadOnlyDictionary<string, string> values, string permissions, string[]? roles = null)
    {
        var labels = values.Select((v, i) =>
            $$$"""{"type":18,"id":{{{i * 2 + 1}}},"component":{"type":4,"id":{{{i * 2 + 2}}},"custom_id":{{{Json(v.Key)}}},"value":{{{Json(v.Value)}}}}}""");
        return Interaction(5, $$"""{"custom_id":{{Json(customId)}},"components":[{{string.Join(',', labels)}}]}""", "en-US", permissions, roles);
    }

    /// <summary>A subcommand in a given client locale, e.g. German moderators' <c>/fact add</c>.</summary>
    public static string SubCommandIn(string locale, string name, string sub, string permissions, params (string Name, int Type, object Value)[] options) =>
        Interaction(2, $$"""{"id":"1170000000000000001","name":"{{name}}","type":1,"options":[{"name":"{{sub}}","type":1,"options":{{Options(options, focused: null)}}}]}""", locale, permissions);

    /// <summary>A modal submit in a given client locale.</summary>
    public static string ModalSubmitIn(string locale, string customId, IReadOnlyDictionary<string, string> values, string permissions)
    {
        var labels = values.Select((v, i) =>
            $$$"""{"type":18,"id":{{{i * 2 + 1}}},"component":{"type":4,"id":{{{i * 2 + 2}}},"custom_id":{{{Json(v.Key)}}},"value":{{{Json(v.Value)}}}}}""");
        return Interaction(5, $$"""{"custom_id":{{Json(customId)}},"components":[{{string.Join(',', labels)}}]}""", locale, permissions);
    }

    public static string MessageCommand(string name, string content, string? locale = "en-US")
    {
        const string target = "1190000000000000042";
        return Interaction(2, $$$"""
            {"id":"1170000000000000009","name":{{{Json(name)}}},"type":3,"target_id":"{{{target}}}",
             "resolved":{"messages":{"{{{target}}}":{"id":"{{{target}}}","channel_id":"{{{ChannelId}}}","content":{{{Json(content)}}},
               "author":{"id":"{{{DiscordPayloads.UserId}}}","username":"nelly"},"embeds":[],"mentions":[]
            """ + "}}}}", locale);
    }

    private static string Interaction(int type, string data, string? locale, string permissions = EveryonePermissions, string[]? roles = null)
    {
        var id = 1180000000000001000 + Interlocked.Increment(ref _nextId);
        var localeJson = locale is null ? "" : $"\"locale\":{Json(locale)},";
        return $$"""
            {"id":"{{id}}","application_id":"{{TestKeys.ApplicationId}}","type":{{type}},"data":{{data}},
             "guild_id":"{{GuildId}}","channel_id":"{{ChannelId}}",
             "member":{"user":{"id":"{{DiscordPayloads.UserId}}","username":"nelly","global_name":"Nelly"},"roles":{{JsonSerializer.Serialize(roles ?? [])}},"permissions":"{{permissions}}","nick":null},
             "token":"{{DiscordPayloads.InteractionToken}}","version":1,{{localeJson}}"guild_locale":"en-US","app_permissions":"442368"}
            """;
    }

    private static string Options(IEnumerable<(string Name, int Type, object Value)> options, string? focused) =>
        "[" + string.Join(',', options.Select(o =>
            $$"""{"name":"{{o.Name}}","type":{{o.Type}},"value":{{(o.Value switch { string s => Json(s), bool b => b ? "true" : "false", _ => o.Value.ToString() })}}{{(o.Name == focused ? ",\"focused\":true" : "")}}}""")) + "]";

    private static string Json(string value) => JsonSerializer.Serialize(value);
}
