namespace ChatBot.Discord.Gateway;

/// <summary>Connection properties sent with Identify.</summary>
internal sealed record IdentifyProperties(string Os, string Browser, string Device);
