using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest;

/// <summary>What is known about an article besides its text; <see cref="Language"/> null means detect it.</summary>
public sealed record ExtractionOptions(string SourceId, DateOnly? Published = null, Language? Language = null);
