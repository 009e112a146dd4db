namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>Payloads shaped as Discord documents them (snake_case, snowflakes as strings).</summary>
internal static class DiscordPayloads
{
    public const string BotUserId = "1111111111111111111";
    public const string UserId = "80351110224678912";
    public const string InteractionToken = "aW50ZXJhY3Rpb24tdG9rZW4.secret";

    public const string Ping = $$"""{"id":"1180000000000000000","application_id":"{{TestKeys.ApplicationId}}","type":1,"token":"{{InteractionToken}}","version":1}""";

    public const string SlashCommand = $$"""
        {"id":"1180000000000000001","application_id":"{{TestKeys.ApplicationId}}","type":2,
         "data":{"id":"1170000000000000001","name":"invest","type":1,"options":[{"name":"company","type":3,"value":"Microsoft"}]},
         "guild_id":"1100000000000000001","channel_id":"1100000000000000002",
         "member":{"user":{"id":"{{UserId}}","username":"nelly","global_name":"Nelly"},"roles":["1100000000000000009"],"permissions":"2147483647","nick":null},
         "token":"{{InteractionToken}}","version":1,"locale":"en-US","guild_locale":"en-US","app_permissions":"442368"}
        """;

    public const string Autocomplete = $$"""
        {"id":"1180000000000000002","application_id":"{{TestKeys.ApplicationId}}","type":4,
         "data":{"id":"1170000000000000001","name":"invest","type":1,"options":[{"name":"company","type":3,"value":"Micro","focused":true}]},
         "channel_id":"1100000000000000002","user":{"id":"{{UserId}}","username":"nelly"},"token":"{{InteractionToken}}","version":1}
        """;

    public static string MessageCreate(
        string id = "1190000000000000001", string content = $"<@{BotUserId}> How much did Microsoft invest in OpenAI?",
        string authorId = UserId, bool authorIsBot = false, bool mentionsBot = true, string? guildId = "1100000000000000001")
    {
        var guild = guildId is null ? "" : $"\"guild_id\":\"{guildId}\",";
        var mentions = mentionsBot ? $$"""[{"id":"{{BotUserId}}","username":"chatbot","bot":true}]""" : "[]";
        var escaped = System.Text.Json.JsonSerializer.Serialize(content);
        return $$"""
            {"type":0,"tts":false,"timestamp":"2026-08-06T12:00:00.000000+00:00","pinned":false,"mentions":{{mentions}},"mention_roles":[],
             "mention_everyone":false,"id":"{{id}}","flags":0,"embeds":[],"edited_timestamp":null,"content":{{escaped}},"components":[],
             "channel_id":"1100000000000000002",{{guild}}"author":{"id":"{{authorId}}","username":"nelly","bot":{{(authorIsBot ? "true" : "false")}}},"attachments":[]}
            """;
    }
}
