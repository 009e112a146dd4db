using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.SemanticKernel.Understanding;

/// <summary>
/// Turns a model's JSON reply into a <see cref="Query"/>, strictly: one object with exactly subjects, year and intent;
/// every subject id in the knowledge; a known intent. Anything else is rejected as a whole, since a model that
/// invents one id has not understood the question and its other choices cannot be trusted either.
/// </summary>
public static class QueryMappingValidator
{
    private const int MaxSubjects = 8;

    private static readonly JsonSerializerOptions Strict = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 4,
    };

    /// <summary>The query to answer instead of <paramref name="understood"/>, or null with the reason.</summary>
    public static (Query? Query, QueryMappingRejection? Rejection, string Detail) Validate(string reply, Query understood, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(understood);
        ArgumentNullException.ThrowIfNull(knowledge);
        QueryMappingJson? json;
        try
        {
            json = JsonSerializer.Deserialize<QueryMappingJson>(WithoutCodeFence(reply), Strict);
        }
        catch (JsonException ex)
        {
            return (null, QueryMappingRejection.Malformed, ex.Message);
        }

        if (json?.Subjects is not { } ids || json.Intent is null || ids.Count > MaxSubjects)
        {
            return (null, QueryMappingRejection.Malformed, "subjects and intent are required");
        }

        var subjects = new List<Subject>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (knowledge.FindSubject(id) is not { } subject)
            {
                return (null, QueryMappingRejection.UnknownSubject, $"\"{Shorten(id)}\" is not a subject id");
            }

            subjects.Add(subject);
        }

        QueryIntent? intent = json.Intent switch
        {
            "figures" => QueryIntent.Figures,
            "compare" => QueryIntent.Compare,
            "rank" => QueryIntent.Rank,
            "total" => QueryIntent.Total,
            _ => null,
        };
        if (intent is not { } known)
        {
            return (null, QueryMappingRejection.UnknownIntent, $"intent \"{Shorten(json.Intent)}\"");
        }

        if (json.Year is { } year && !Years.IsValid(year))
        {
            return (null, QueryMappingRejection.Inconsistent, $"year {year}");
        }

        // "figures" for several subjects is the engine's comparison; compare and total need two to mean anything.
        known = known == QueryIntent.Figures && subjects.Count > 1 ? QueryIntent.Compare : known;
        var needed = known switch { QueryIntent.Rank => 0, QueryIntent.Figures => 1, _ => 2 };
        if (subjects.Count < needed)
        {
            return (null, QueryMappingRejection.Inconsistent, $"{subjects.Count} subject(s) for {json.Intent}");
        }

        var period = json.Year is { } y ? new PeriodFilter([y]) : understood.Period;
        return (understood with { Intent = known, Subjects = subjects, Period = period, UnknownNames = [] }, null, string.Empty);
    }

    // Local models often wrap JSON in a Markdown code fence although asked not to; that much is forgiven.
    private static string WithoutCodeFence(string reply)
    {
        var text = reply.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal) || !text.EndsWith("```", StringComparison.Ordinal) || text.Length < 6)
        {
            return text;
        }

        var body = text[3..^3];
        var newline = body.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? body : body[(newline + 1)..];
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
