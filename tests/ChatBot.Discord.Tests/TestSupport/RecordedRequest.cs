using System.Text.Json;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>A request the fake REST server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
