using ChatBot.Discord.Models;

namespace ChatBot.Discord.Gateway;

/// <summary>The parts of the READY dispatch a session needs to resume.</summary>
internal sealed record ReadyData
{
    public string SessionId { get; init; } = "";
    public string ResumeGatewayUrl { get; init; } = "";
    public User? User { get; init; }
}
