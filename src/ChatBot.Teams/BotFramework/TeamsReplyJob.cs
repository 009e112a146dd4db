using ChatBot.Teams.Activities;

namespace ChatBot.Teams.BotFramework;

/// <summary>Work accepted by <c>/api/messages</c> and answered in the background; the activity's serviceUrl was validated.</summary>
public sealed record TeamsReplyJob(Activity Incoming, TeamsReplyKind Kind, IReadOnlyList<string>? FactIds = null);
