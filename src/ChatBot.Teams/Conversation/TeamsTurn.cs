using ChatBot.Core.Answers;
using ChatBot.Core.Phrasing;

namespace ChatBot.Teams.Conversation;

/// <summary>
/// What a Teams message gets: an answer to render, or a one-line refusal of input no question can be.
/// <see cref="Question"/> is the accepted question text (empty for a bare mention); <see cref="Phrased"/> is set once
/// phrasing ran, and carries the template itself when phrasing fell back.
/// </summary>
public sealed record TeamsTurn(Answer? Answer, string? Refusal, string Question = "")
{
    public PhrasedAnswer? Phrased { get; init; }
}
