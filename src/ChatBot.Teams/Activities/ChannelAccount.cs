namespace ChatBot.Teams.Activities;

/// <summary>A user or bot in a conversation (<c>29:…</c> users, <c>28:{appId}</c> bots).</summary>
public sealed record ChannelAccount(string? Id, string? Name);
