using ChatBot.Core.Answers;
using ChatBot.Core.Phrasing;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace ChatBot.SemanticKernel;

/// <summary>
/// Phrases answers through a Semantic Kernel chat service. Whatever goes wrong (timeout, HTTP error, refusal, empty,
/// truncated or too long reply, a number the guard rejects, an echoed instruction) the template answer goes out,
/// and the reason is logged and counted.
/// </summary>
public sealed class SemanticKernelAnswerPhraser(
    IChatCompletionService chat,
    PhrasingOptions options,
    PhrasingStats stats,
    TimeProvider time,
    ILogger<SemanticKernelAnswerPhraser> logger) : IAnswerPhraser
{
    /// <summary>Leaves room for the label and sources within Discord's 2,000 characters.</summary>
    public const int MaxReplyLength = 1200;

    private static readonly OpenAIPromptExecutionSettings Settings = new() { Temperature = 0, MaxTokens = 400, Seed = 42 };

    /// <inheritdoc/>
    public async Task<PhrasedAnswer> PhraseAsync(string question, Answer answer, TimeSpan? budget = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        if (PhrasingRequest.For(question, answer) is not { } request)
        {
            return PhrasedAnswer.Unphrased(answer);
        }

        var limit = budget is { } b && b < options.Timeout ? b : options.Timeout;
        var (reply, failure, detail) = await CompleteAsync(request, limit, ct);
        if (failure is null)
        {
            (failure, detail) = Check(reply!, request);
        }

        if (failure is { } reason)
        {
            stats.CountFallback(reason);
            logger.LogWarning("Phrasing fell back to the template answer: {Reason} ({Detail})", reason, detail);
            return PhrasedAnswer.Unphrased(answer, reason);
        }

        stats.CountPhrased();
        logger.LogInformation("Phrased answer accepted ({Facts} facts, {Length} characters)", request.Facts.Count, reply!.Length);
        return new PhrasedAnswer(answer, Citations.ToSourceNumbers(reply, request), null);
    }

    private async Task<(string? Reply, PhrasingFallback? Failure, string Detail)> CompleteAsync(PhrasingRequest request, TimeSpan limit, CancellationToken ct)
    {
        var history = new ChatHistory(PhrasingPrompt.Instructions(request.Language));
        history.AddUserMessage(PhrasingPrompt.UserMessage(request));
        using var deadline = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            // WaitAsync keeps the deadline even if a connector ignores the token; the token still aborts the HTTP call.
            var replies = await chat.GetChatMessageContentsAsync(history, Settings, kernel: null, linked.Token).WaitAsync(limit, time, ct);
            var reply = replies.Count > 0 ? replies[0] : null;
            var content = reply?.Content?.Trim();
            if (reply?.Metadata?.TryGetValue("Refusal", out var refusal) == true && refusal is not null)
            {
                return (null, PhrasingFallback.Refusal, "the model refused");
            }

            if (string.IsNullOrEmpty(content))
            {
                return (null, PhrasingFallback.Empty, "empty reply");
            }

            if (reply!.Metadata?.TryGetValue("FinishReason", out var finish) == true && string.Equals(finish?.ToString(), "Length", StringComparison.OrdinalIgnoreCase))
            {
                return (null, PhrasingFallback.Truncated, "the reply hit the token limit");
            }

            return (content, null, string.Empty);
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return (null, PhrasingFallback.Timeout, $"no reply within {limit.TotalSeconds:0.##} s");
        }
        catch (HttpOperationException ex)
        {
            return (null, PhrasingFallback.Error, $"HTTP {(int?)ex.StatusCode} from the model endpoint");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any other failure of the provider (unreadable body, connection refused) must still leave the template answer.
            return (null, PhrasingFallback.Error, ex.GetType().Name);
        }
    }

    private static (PhrasingFallback? Failure, string Detail) Check(string reply, PhrasingRequest request)
    {
        if (reply.Contains(PhrasingPrompt.NoAnswer, StringComparison.Ordinal))
        {
            return (PhrasingFallback.Refusal, $"the model answered {PhrasingPrompt.NoAnswer}");
        }

        if (reply.Length > MaxReplyLength)
        {
            return (PhrasingFallback.TooLong, $"{reply.Length} characters");
        }

        if (QuestionEcho.Echoes(reply, request))
        {
            return (PhrasingFallback.Violation, "the reply repeats the question's words (an injected instruction?)");
        }

        var verdict = NumberGuard.Check(reply, request);
        return verdict.Accepted ? (null, string.Empty) : (PhrasingFallback.Violation, string.Join("; ", verdict.Violations));
    }
}
