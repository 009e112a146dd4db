using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.TestSupport;

namespace ChatBot.SemanticKernel.Tests.Support;

/// <summary>Template answers from the curated knowledge, as the engine gives them to the phraser.</summary>
internal static class CuratedAnswers
{
    private static readonly Lazy<KnowledgeStore> Store = new(() =>
    {
        var result = KnowledgeLoader.Load(RepositoryFiles.CuratedKnowledgeTexts(), RepositoryFiles.CuratedKnowledge);
        return new KnowledgeStore(result.Knowledge ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors)));
    });

    private static readonly Lazy<AnswerEngine> Engine = new(() =>
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        return new AnswerEngine(Store.Value, new QuestionParser(clock));
    });

    /// <summary>The engine over the curated knowledge, for the understanding fallback.</summary>
    public static IAnswerEngine AnswerEngine => Engine.Value;

    public static IKnowledgeProvider Knowledge => Store.Value;

    public static Answer Ask(string question) => Engine.Value.Ask(question);
}
