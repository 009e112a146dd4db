namespace ChatBot.Discord.Gateway;

/// <summary>Payload of op 10 Hello.</summary>
internal sealed record HelloData(int HeartbeatInterval);
