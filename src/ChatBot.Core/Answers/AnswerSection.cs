namespace ChatBot.Core.Answers;

/// <summary>A titled group of answer lines ("Weitere Zahlen zu Meta").</summary>
public sealed record AnswerSection(string? Title, IReadOnlyList<AnswerItem> Items);
