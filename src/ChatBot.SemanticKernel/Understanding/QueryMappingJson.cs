using System.Text.Json.Serialization;

namespace ChatBot.SemanticKernel.Understanding;

/// <summary>The JSON a mapping model must reply with; any other key makes the reply invalid.</summary>
internal sealed record QueryMappingJson(
    [property: JsonPropertyName("subjects")] IReadOnlyList<string>? Subjects,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("intent")] string? Intent);
