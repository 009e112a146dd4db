namespace ChatBot.Core.Knowledge;

/// <summary>
/// What moderators see in a status view: the version in force (counted from 1 since the start), when and from where it
/// was loaded, and the last edit refused since then (null when none).
/// </summary>
public sealed record KnowledgeStatus(int Version, DateTimeOffset LoadedAt, string Origin, int Files, int Facts, int Sources, KnowledgeRejection? LastRejection);
