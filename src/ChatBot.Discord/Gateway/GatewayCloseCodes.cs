namespace ChatBot.Discord.Gateway;

/// <summary>Gateway close codes and what they mean for reconnecting.</summary>
public static class GatewayCloseCodes
{
    /// <summary>Sent by the bot when it drops a connection it wants to resume (1000/1001 would end the session).</summary>
    public const int Resumable = 4000;
    public const int AuthenticationFailed = 4004;
    public const int InvalidSeq = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>Why a non-reconnectable close happened, phrased so an operator knows what to fix; null if reconnectable.</summary>
    public static string? DescribeFatal(int code) => code switch
    {
        AuthenticationFailed => "authentication failed: check DISCORD_TOKEN",
        InvalidShard => "invalid shard",
        ShardingRequired => "sharding required: the bot is in too many guilds for one connection",
        InvalidApiVersion => "invalid gateway API version",
        InvalidIntents => "invalid intents: check DISCORD_INTENTS",
        DisallowedIntents => "privileged intent not enabled in the Developer Portal (Bot → Privileged Gateway Intents)",
        _ => null,
    };

    /// <summary>After these the session is gone, so the next connection must Identify.</summary>
    public static bool RequiresNewSession(int code) => code is InvalidSeq or SessionTimedOut;
}
