using System.Text.Json.Nodes;

namespace ChatBot.TestSupport;

/// <summary>A chat-completions request as the fake server received it.</summary>
internal sealed record RecordedRequest(string Path, string Authorization, JsonObject Body);
