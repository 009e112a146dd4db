namespace ChatBot.Json;

internal sealed record AmountJson(decimal Min, decimal Max, string? Currency, string Scale, string Unit, string Qualifier);
