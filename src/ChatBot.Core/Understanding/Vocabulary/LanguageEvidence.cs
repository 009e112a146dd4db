using System.Collections.Frozen;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Understanding.Vocabulary;

/// <summary>What counts as evidence of one language: its marker words (folded) and its distinctive letters.</summary>
internal sealed record LanguageEvidence(Language Language, FrozenSet<string> Markers, string DistinctiveLetters);
