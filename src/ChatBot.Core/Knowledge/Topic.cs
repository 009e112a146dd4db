namespace ChatBot.Core.Knowledge;

/// <summary>
/// A theme a fact can belong to (data centres, education, ...). <see cref="Terms"/> are word stems that
/// mark the topic in a question, in either language.
/// </summary>
public sealed record Topic(string Id, LocalizedText Name, IReadOnlyList<string> Terms);
