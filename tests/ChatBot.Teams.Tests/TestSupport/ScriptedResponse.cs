namespace ChatBot.Teams.Tests.TestSupport;

/// <summary>What a fake answers next: a status, an optional Retry-After in seconds, and a JSON body.</summary>
internal sealed record ScriptedResponse(int Status, int? RetryAfterSeconds = null, string Body = "{}");
