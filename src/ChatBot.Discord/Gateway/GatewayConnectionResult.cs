namespace ChatBot.Discord.Gateway;

/// <summary>How a connection ended and what the next one should do.</summary>
internal sealed record GatewayConnectionResult(GatewayNextStep Next, string Reason, int? CloseCode = null, bool WasReady = false);
