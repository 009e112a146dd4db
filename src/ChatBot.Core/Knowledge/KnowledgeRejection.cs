using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Knowledge;

/// <summary>An edit that was not taken into force, when it was seen, and why.</summary>
public sealed record KnowledgeRejection(DateTimeOffset At, KnowledgeReloadOutcome Outcome, IReadOnlyList<KnowledgeError> Errors, IReadOnlyList<string> RemovedFactIds);
