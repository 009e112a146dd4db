using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ChatBot.LoadTest;

/// <summary>Mixed real questions in English and German, as signed <c>/ask</c> interactions.</summary>
internal static class SignedInteractions
{
    private static readonly (string Question, string Locale)[] Questions =
    [
        ("How much does Meta invest in AI in 2025?", "en-US"),
        ("Wie viel investiert Microsoft in KI?", "de"),
        ("compare amazon and microsoft", "en-GB"),
        ("Wer investiert am meisten in KI 2025?", "de"),
        ("How much did Microsoft invest in OpenAI?", "en-US"),
        ("Wie viel investiert Frankreich in KI?", "de"),
        ("What is Stargate?", "en-US"),
        ("How much does Intel invest in data centres?", "en-US"),
        ("Vergleiche Alphabet und Meta", "de"),
        ("total of amazon, alphabet and meta in 2025", "en-US"),
        ("which sources do you use?", "en-US"),
        ("How much does Oracle invest in 2025?", "fr"),
    ];

    public static IReadOnlyList<SignedInteraction> Create(DiscordRequestSigner signer, int count)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var (question, locale) = Questions[i % Questions.Length];
            var body = Encoding.UTF8.GetBytes(Interaction(i, question, locale));
            return new SignedInteraction(body, timestamp, signer.Sign(timestamp, body));
        })];
    }

    private static string Interaction(int index, string question, string locale) => $$"""
        {"id":"{{1180000000000000000 + index}}","application_id":"{{InteractionServer.ApplicationId}}","type":2,
         "data":{"id":"1170000000000000001","name":"ask","type":1,"options":[{"name":"question","type":3,"value":{{JsonSerializer.Serialize(question)}}}]},
         "guild_id":"1100000000000000001","channel_id":"1100000000000000002",
         "member":{"user":{"id":"80351110224678912","username":"load"},"roles":[],"permissions":"2147552256"},
         "token":"aW50ZXJhY3Rpb24tdG9rZW4.load-{{index}}","version":1,"locale":"{{locale}}","app_permissions":"442368"}
        """;
}
