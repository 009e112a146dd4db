namespace ChatBot.Teams.BotFramework;

public enum TeamsReplyKind
{
    /// <summary>A message: typing, then the answer as a reply in the thread.</summary>
    Answer,

    /// <summary>The bot was added to a conversation: one short introduction.</summary>
    Welcome,

    /// <summary>The card's quotes button: the verbatim quotes of the listed facts.</summary>
    Quotes,
}
