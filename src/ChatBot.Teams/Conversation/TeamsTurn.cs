using ChatBot.Core.Answers;

namespace ChatBot.Teams.Conversation;

/// <summary>What a Teams message gets: an answer to render, or a one-line refusal of input no question can be.</summary>
public sealed record TeamsTurn(Answer? Answer, string? Refusal);
