namespace ChatBot.Teams.Activities;

/// <summary>The activity types the bot acts on; every other type is acknowledged and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
}
