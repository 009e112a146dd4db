namespace ChatBot.Discord.Moderation;

/// <summary>Something a moderator opened that only they may continue, until it expires.</summary>
public interface IModeratorOwned
{
    string UserId { get; }

    DateTimeOffset Expires { get; }
}
