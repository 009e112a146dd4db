using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest;

/// <summary>A known subject named in a sentence: where its name starts and ends (character offsets).</summary>
public sealed record KnownMention(Subject Subject, int Start, int End);
