namespace ChatBot.Teams.Activities;

/// <summary>A mention (<c>type: mention</c>, <see cref="Mentioned"/>, <see cref="Text"/>) or client info (<see cref="Locale"/>).</summary>
public sealed record ActivityEntity(string? Type, ChannelAccount? Mentioned = null, string? Text = null, string? Locale = null);
