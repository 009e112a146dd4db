namespace ChatBot.Teams.BotFramework;

/// <summary>The bot's access token for the Bot Connector (client credentials, scope https://api.botframework.com/.default).</summary>
public interface IBotTokenProvider
{
    Task<string> GetTokenAsync(CancellationToken ct);
}
