namespace ChatBot.Core.Answers;

/// <summary>One user's conversation in one place: a platform, a channel (or DM) and a user id.</summary>
public readonly record struct ConversationKey(string Platform, string Channel, string User);
