namespace ChatBot.Json;

internal sealed record FactJson(string Id, string Subject, string Kind, string? Figure, AmountJson? Amount, string Period, string Statement, SourceJson Source);
