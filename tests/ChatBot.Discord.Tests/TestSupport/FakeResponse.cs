namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>What the fake REST server answers.</summary>
internal sealed record FakeResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Ok(string body = "{}") => new(200, body);

    public static FakeResponse NoContent { get; } = new(204);
}
