namespace ChatBot.Discord.Models;

/// <summary>Remaining Identify budget reported by <c>GET /gateway/bot</c>.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
