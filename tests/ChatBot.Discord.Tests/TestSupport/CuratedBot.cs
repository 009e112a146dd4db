using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>The bot as it runs in production, on the curated knowledge.</summary>
internal static class CuratedBot
{
    /// <summary>Registers the knowledge, the engine and the real command router.</summary>
    public static IServiceCollection AddCuratedBot(this IServiceCollection services, IKnowledgeProvider? provider = null)
    {
        services.AddSingleton(provider ?? new KnowledgeStore(CuratedKnowledge.Knowledge));
        services.AddSingleton<QuestionParser>(_ => new QuestionParser(TimeProvider.System));
        services.AddSingleton<IAnswerEngine, AnswerEngine>();
        return services.AddDiscordCommands();
    }
}
