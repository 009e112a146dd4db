using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Core.Understanding;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace ChatBot.SemanticKernel.Understanding;

/// <summary>
/// The understanding fallback, as a step in front of phrasing: when the parser found no subject, topic or intent and
/// the engine could only say "no figure" or ask back, a model maps the question onto a structured query (subject ids
/// from the knowledge, year, intent) as JSON; after strict validation the engine answers that query from the facts as
/// usual, and the result is phrased like any other answer. The model never answers the question itself; whatever goes
/// wrong, the engine's own answer stands.
/// </summary>
public sealed class UnderstandingFallbackPhraser(
    IAnswerPhraser inner,
    IChatCompletionService chat,
    IAnswerEngine engine,
    IKnowledgeProvider knowledge,
    PhrasingOptions options,
    PhrasingStats stats,
    TimeProvider time,
    ILogger<UnderstandingFallbackPhraser> logger) : IAnswerPhraser
{
    private static readonly OpenAIPromptExecutionSettings Settings = new() { Temperature = 0, MaxTokens = 120, Seed = 42 };

    /// <inheritdoc/>
    public async Task<PhrasedAnswer> PhraseAsync(string question, Answer answer, TimeSpan? budget = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Kind is not (AnswerKind.NoFigure or AnswerKind.Clarification))
        {
            return await inner.PhraseAsync(question, answer, budget, ct);
        }

        // One snapshot for understanding, mapping and answering, as for any question.
        var kb = knowledge.Current;
        var understood = engine.Understand(kb, question, answer.Language);
        if (!NotUnderstood(understood))
        {
            return await inner.PhraseAsync(question, answer, budget, ct);
        }

        var started = time.GetTimestamp();
        var limit = budget is { } b && b < options.Timeout ? b : options.Timeout;
        var (query, rejection, detail) = await MapAsync(question, understood, kb, limit, ct);
        var mapped = query is null ? null : engine.Answer(kb, query);
        if (mapped is not null && !mapped.Answered)
        {
            (rejection, detail) = (QueryMappingRejection.NoFigure, $"{mapped.Kind} for the mapped query");
        }

        if (rejection is { } reason)
        {
            stats.CountNotUnderstood();
            logger.LogWarning("Understanding fallback not used, the engine's answer stands: {Reason} ({Detail})", reason, detail);
            return PhrasedAnswer.Unphrased(answer);
        }

        stats.CountUnderstood();
        logger.LogInformation("Understanding fallback mapped the question to {Intent} of {Subjects}", query!.Intent, string.Join(", ", query.Subjects.Select(s => s.Id)));
        var left = limit - time.GetElapsedTime(started);
        return left > TimeSpan.Zero
            ? await inner.PhraseAsync(question, mapped!, left, ct)
            : PhrasedAnswer.Unphrased(mapped!, PhrasingFallback.Timeout);
    }

    /// <summary>No subject, no topic, no intent cue (the parser's default), and no unknown name the question is clearly about.</summary>
    private static bool NotUnderstood(Query query) =>
        query.Subjects.Count == 0 && query.Topics.Count == 0 && query.Intent == QueryIntent.Figures && !query.UnknownIsActor;

    private async Task<(Query? Query, QueryMappingRejection? Rejection, string Detail)> MapAsync(string question, Query understood, KnowledgeBase kb, TimeSpan limit, CancellationToken ct)
    {
        var history = new ChatHistory(QueryMappingPrompt.Instructions);
        history.AddUserMessage(QueryMappingPrompt.UserMessage(question, kb.Subjects));
        using var deadline = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            var replies = await chat.GetChatMessageContentsAsync(history, Settings, kernel: null, linked.Token).WaitAsync(limit, time, ct);
            var content = replies.Count > 0 ? replies[0].Content : null;
            return string.IsNullOrWhiteSpace(content)
                ? (null, QueryMappingRejection.Malformed, "empty reply")
                : QueryMappingValidator.Validate(content, understood, kb);
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return (null, QueryMappingRejection.Timeout, $"no reply within {limit.TotalSeconds:0.##} s");
        }
        catch (HttpOperationException ex)
        {
            return (null, QueryMappingRejection.Error, $"HTTP {(int?)ex.StatusCode} from the model endpoint");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, QueryMappingRejection.Error, ex.GetType().Name);
        }
    }
}
