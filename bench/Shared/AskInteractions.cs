using System.Globalization;
using System.Text.Json;

namespace ChatBot.Benchmarks.Shared;

/// <summary>
/// The twelve mixed German/English <c>/ask</c> questions the HTTP load test and the interaction pipeline benchmark
/// send, and the interaction body Discord would POST for one of them.
/// </summary>
internal static class AskInteractions
{
    public const string ApplicationId = "1234567890123456789";

    public static readonly (string Question, string Locale)[] Questions =
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

    /// <summary>A guild <c>/ask</c> interaction; <paramref name="index"/> makes its id and token unique.</summary>
    public static string Json(int index, string question, string locale, string userId = "80351110224678912", int channel = 2) =>
        string.Create(CultureInfo.InvariantCulture, $$"""
        {"id":"{{1180000000000000000 + index}}","application_id":"{{ApplicationId}}","type":2,
         "data":{"id":"1170000000000000001","name":"ask","type":1,"options":[{"name":"question","type":3,"value":{{JsonSerializer.Serialize(question)}}}]},
         "guild_id":"1100000000000000001","channel_id":"{{1100000000000000000 + channel}}",
         "member":{"user":{"id":"{{userId}}","username":"load"},"roles":[],"permissions":"2147552256"},
         "token":"aW50ZXJhY3Rpb24tdG9rZW4.load-{{index}}","version":1,"locale":"{{locale}}","app_permissions":"442368"}
        """);
}
