using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChatBot.Teams.LoadTest;

/// <summary>Channel messages as Teams sends them to an outgoing webhook, signed with the webhook's security token.</summary>
internal static class SignedWebhookRequests
{
    // Cheap and expensive answers alike: commands, free questions in both languages, the longest lists.
    private static readonly string[] Questions =
    [
        "pledge microsoft", "compare amazon meta", "top 2025", "sources", "help",
        "Wie viel investiert Meta 2025 in KI?", "How much does Alphabet invest in AI?",
        "Wer investiert am meisten?", "Where does the Stargate figure come from?",
        "How much do Amazon and Microsoft invest combined?",
    ];

    public static IReadOnlyList<SignedWebhookRequest> Create(byte[] secret, int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var question = Questions[i % Questions.Length];
            var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
            {
                type = "message",
                id = $"{1_700_000_000_000L + i}",
                channelId = "msteams",
                text = $"<at>ChatBot</at>&nbsp;{question}",
                locale = i % 2 == 0 ? "en-US" : "de-DE",
                from = new { id = "29:load", name = "Load Test" },
                conversation = new { id = $"19:load@thread.skype;messageid={i}", conversationType = "channel" },
            }));
            return new SignedWebhookRequest(body, "HMAC " + Convert.ToBase64String(HMACSHA256.HashData(secret, body)));
        })];
}
