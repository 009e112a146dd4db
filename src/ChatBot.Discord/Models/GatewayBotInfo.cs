namespace ChatBot.Discord.Models;

/// <summary>Response of <c>GET /gateway/bot</c>.</summary>
public sealed record GatewayBotInfo
{
    public string Url { get; init; } = "";
    public int Shards { get; init; }
    public SessionStartLimit? SessionStartLimit { get; init; }
}
