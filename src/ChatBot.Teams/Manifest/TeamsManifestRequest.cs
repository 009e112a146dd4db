namespace ChatBot.Teams.Manifest;

/// <summary>What <c>teams manifest</c> needs to know about a deployment.</summary>
/// <param name="BotAppId">The Azure Bot's Microsoft App ID (TEAMS_APP_ID).</param>
/// <param name="Host">The public host name serving <c>/api/messages</c>, e.g. bot.example.com.</param>
/// <param name="Version">The app package version; Teams only replaces an uploaded app when it increases.</param>
/// <param name="PackageId">The Teams app's own id; defaults to the bot's app id, which Teams accepts.</param>
public sealed record TeamsManifestRequest(Guid BotAppId, string Host, string Version = "1.0.0", Guid? PackageId = null);
