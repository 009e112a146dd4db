using System.Text.Json;

namespace ChatBot.Teams.Tests.TestSupport;

/// <summary>Activities as Teams posts them to a bot (shapes from the Teams docs' examples).</summary>
internal static class BotActivities
{
    public const string ConversationId = "19:abc@thread.tacv2;messageid=1485983408511";
    public const string ActivityId = "1485983408511";
    public const string BotId = "28:" + TestTokens.AppId;

    public static string Message(string serviceUrl, string text, string locale = "en-US", string id = ActivityId) =>
        $$"""
        {"type":"message","id":"{{id}}","serviceUrl":"{{serviceUrl}}","channelId":"msteams",
         "from":{"id":"29:user","name":"Megan Bowen"},"recipient":{"id":"{{BotId}}","name":"ChatBot"},
         "conversation":{"id":"{{ConversationId}}","conversationType":"channel","isGroup":true},
         "text":{{JsonSerializer.Serialize(text)}},"locale":"{{locale}}",
         "entities":[{"type":"mention","mentioned":{"id":"{{BotId}}","name":"ChatBot"},"text":"<at>ChatBot</at>"}]}
        """;

    public static string BotAdded(string serviceUrl, string memberId = BotId) =>
        $$"""
        {"type":"conversationUpdate","id":"f:added","serviceUrl":"{{serviceUrl}}","channelId":"msteams",
         "from":{"id":"29:user"},"recipient":{"id":"{{BotId}}","name":"ChatBot"},
         "conversation":{"id":"a:personal","conversationType":"personal"},
         "membersAdded":[{"id":"{{memberId}}"}],"locale":"de-DE"}
        """;

    public static string QuotesInvoke(string serviceUrl, params string[] factIds) =>
        $$"""
        {"type":"invoke","id":"f:invoke","serviceUrl":"{{serviceUrl}}","channelId":"msteams",
         "from":{"id":"29:user"},"recipient":{"id":"{{BotId}}"},"conversation":{"id":"a:personal"},"replyToId":"1485983408512",
         "value":{"action":"sources","facts":{{JsonSerializer.Serialize(factIds)}} } }
        """;

    public static string Other(string serviceUrl, string type) =>
        $$"""{"type":"{{type}}","id":"x","serviceUrl":"{{serviceUrl}}","channelId":"msteams","from":{"id":"29:user"},"recipient":{"id":"{{BotId}}"},"conversation":{"id":"a:personal"} }""";
}
