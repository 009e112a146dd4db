namespace ChatBot.Hosting;

/// <summary>The Teams part of <c>GET /healthz</c>: which ways in are configured, never their secrets.</summary>
internal sealed record TeamsHealth(bool Webhook, bool BotFramework);
