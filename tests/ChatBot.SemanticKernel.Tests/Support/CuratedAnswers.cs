using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.TestSupport;

namespace ChatBot.SemanticKernel.Tests.Support;

/// <summary>Template answers from the curated knowledge, as the engine gives them to the phraser.</summary>
internal static class CuratedAnswers
{
    private static readonly Lazy<AnswerEngine> Engine = new(() =>
    {
        var result = KnowledgeLoader.Load(RepositoryFiles.CuratedKnowledgeTexts(), RepositoryFiles.CuratedKnowledge);
        var knowledge = result.Knowledge ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        return new AnswerEngine(new KnowledgeStore(knowledge), new QuestionParser(clock));
    });

    public static Answer Ask(string question) => Engine.Value.Ask(question);
}
