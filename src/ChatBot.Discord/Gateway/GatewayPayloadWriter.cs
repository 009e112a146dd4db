using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Json;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Gateway;

/// <summary>Serializes the payloads the bot sends as <c>{"op":N,"d":…}</c>.</summary>
internal sealed class GatewayPayloadWriter(IOptions<DiscordOptions> options)
{
    private static readonly IdentifyProperties Properties = new(
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux", "chatbot", "chatbot");

    private string Token => options.Value.Token ?? throw new InvalidOperationException($"{DiscordEnvironmentVariables.Token} is not set.");

    public byte[] Identify() =>
        Write(GatewayOpCode.Identify, new IdentifyData(Token, (int)options.Value.GetEffectiveIntents(), Properties), DiscordJsonContext.Default.IdentifyData);

    public byte[] Resume(GatewaySession session) =>
        Write(GatewayOpCode.Resume, new ResumeData(Token, session.SessionId ?? "", session.Sequence), DiscordJsonContext.Default.ResumeData);

    public byte[] Heartbeat(long? sequence)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("op", GatewayOpCode.Heartbeat);
            if (sequence is { } s)
            {
                json.WriteNumber("d", s);
            }
            else
            {
                json.WriteNull("d");
            }

            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static byte[] Write<T>(int op, T data, JsonTypeInfo<T> type)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("op", op);
            json.WritePropertyName("d");
            JsonSerializer.Serialize(json, data, type);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
