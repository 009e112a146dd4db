using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>A source an answer cites, with its citation number.</summary>
public sealed record CitedSource(int Number, Source Source);
