namespace ChatBot.Teams.BotFramework;

/// <summary>The outcome of checking a bearer token: the caller, or a reason for the log (never token contents).</summary>
public sealed record BotAuthentication(BotCaller? Caller, string? Failure)
{
    public static BotAuthentication Refused(string reason) => new(null, reason);
}
