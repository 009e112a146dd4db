using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Teams.Tests.TestSupport;

/// <summary>The repository's curated knowledge file and an engine over it, as the bot runs in production.</summary>
internal static class CuratedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(Load);

    public static KnowledgeBase Current => Loaded.Value;

    public static IAnswerEngine Engine() => new AnswerEngine(new KnowledgeStore(Current), new QuestionParser(TimeProvider.System));

    public static IServiceCollection AddCuratedEngine(this IServiceCollection services)
    {
        services.AddSingleton<IKnowledgeProvider>(new KnowledgeStore(Current));
        services.AddSingleton(_ => new QuestionParser(TimeProvider.System));
        services.AddSingleton<IAnswerEngine, AnswerEngine>();
        return services;
    }

    private static KnowledgeBase Load()
    {
        var path = RepositoryFiles.CuratedKnowledge;
        var result = KnowledgeLoader.Load(RepositoryFiles.CuratedKnowledgeTexts(), path);
        return result.Knowledge ?? throw new InvalidOperationException($"The curated knowledge does not load: {result.Errors[0]}");
    }
}
