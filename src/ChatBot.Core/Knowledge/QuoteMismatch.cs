namespace ChatBot.Core.Knowledge;

/// <summary>A fact whose quote cannot be found in its article, or does not state its figure.</summary>
public sealed record QuoteMismatch(string FactId, int Line, string Message);
