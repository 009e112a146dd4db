using System.Text.Json;

namespace ChatBot.Discord.Gateway;

/// <summary>A received gateway frame: <c>{op, d, s, t}</c>; <c>s</c> and <c>t</c> are set only for dispatches.</summary>
internal sealed record GatewayPayload
{
    public int Op { get; init; }
    public JsonElement? D { get; init; }
    public long? S { get; init; }
    public string? T { get; init; }
}
