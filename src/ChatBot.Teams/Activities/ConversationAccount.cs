namespace ChatBot.Teams.Activities;

/// <summary>A personal chat, group chat or channel thread; <see cref="ConversationType"/> is personal, groupChat or channel.</summary>
public sealed record ConversationAccount(string? Id, string? ConversationType = null, bool? IsGroup = null, string? TenantId = null);
