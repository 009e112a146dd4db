namespace ChatBot.Teams.Tests.TestSupport;

/// <summary>A request a fake server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body);
