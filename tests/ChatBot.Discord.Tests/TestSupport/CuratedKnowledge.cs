using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>The repository's curated knowledge folder and an engine over it, as the bot runs in production.</summary>
internal static class CuratedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(Load);

    public static KnowledgeBase Current => Loaded.Value;

    public static IAnswerEngine Engine() => new AnswerEngine(new KnowledgeStore(Current), new QuestionParser(TimeProvider.System));

    /// <summary>Registers the knowledge, the engine and the real command router.</summary>
    public static IServiceCollection AddCuratedBot(this IServiceCollection services, IKnowledgeProvider? provider = null)
    {
        services.AddSingleton(provider ?? new KnowledgeStore(Current));
        services.AddSingleton<QuestionParser>(_ => new QuestionParser(TimeProvider.System));
        services.AddSingleton<IAnswerEngine, AnswerEngine>();
        return services.AddDiscordCommands();
    }

    private static KnowledgeBase Load()
    {
        var result = KnowledgeLoader.Load(RepositoryFiles.CuratedKnowledgeTexts(), RepositoryFiles.CuratedKnowledge);
        return result.Knowledge ?? throw new InvalidOperationException($"The curated knowledge does not load: {result.Errors[0]}");
    }
}
