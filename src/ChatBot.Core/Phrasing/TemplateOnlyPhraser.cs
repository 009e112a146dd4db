using ChatBot.Core.Answers;

namespace ChatBot.Core.Phrasing;

/// <summary>The phraser when no LLM is configured or <c>--no-llm</c> is given: the template answer, without any LLM code.</summary>
public sealed class TemplateOnlyPhraser : IAnswerPhraser
{
    public static TemplateOnlyPhraser Instance { get; } = new();

    /// <inheritdoc/>
    public Task<PhrasedAnswer> PhraseAsync(string question, Answer answer, TimeSpan? budget = null, CancellationToken ct = default) =>
        Task.FromResult(PhrasedAnswer.Unphrased(answer));
}
