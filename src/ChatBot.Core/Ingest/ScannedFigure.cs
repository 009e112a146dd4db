using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest;

/// <summary>A figure found in a sentence: its amount, where it stands, and whether its currency was only inferred.</summary>
public sealed record ScannedFigure(Amount Amount, int Start, int Length, bool CurrencyInferred);
