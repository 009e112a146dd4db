namespace ChatBot.Discord.Gateway;

/// <summary>Payload of op 2 Identify; the token is the bare bot token without the "Bot " prefix.</summary>
internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties);
