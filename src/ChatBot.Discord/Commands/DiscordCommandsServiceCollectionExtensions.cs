using ChatBot.Core.Answers;
using ChatBot.Core.Phrasing;
using ChatBot.Discord.IngestReview;
using ChatBot.Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

using ChatBot.Discord.Moderation;

namespace ChatBot.Discord.Commands;

/// <summary>Registers the command router and mention responder in place of the transport's placeholder handler.</summary>
public static class DiscordCommandsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot's commands for both transports. Needs <c>IAnswerEngine</c> and <c>IKnowledgeProvider</c>; works
    /// whether it is called before or after <c>AddDiscord</c>.
    /// </summary>
    public static IServiceCollection AddDiscordCommands(this IServiceCollection services)
    {
        services.RemoveAll<IDiscordInteractionHandler>();
        services.RemoveAll<IDiscordMessageHandler>();
        services.AddScoped<IDiscordInteractionHandler, DiscordCommandRouter>();
        services.AddScoped<IDiscordMessageHandler, DiscordMentionResponder>();
        // Phrasing is optional: the host's AddPhrasing registers a model; otherwise answers go out as templates.
        services.TryAddSingleton<IAnswerPhraser>(TemplateOnlyPhraser.Instance);
        services.TryAddSingleton<PhrasingStats>();
        services.TryAddSingleton<IConversationContextStore>(sp => new InMemoryConversationContextStore(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton<DiscordAnswerCache>();
        services.TryAddSingleton<AnswerCommands>();
        services.TryAddSingleton<SubjectAutocomplete>();
        services.TryAddSingleton<SourcesButton>();
        services.TryAddSingleton<ReloadCommand>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PendingFactChanges>();
        services.TryAddSingleton<PendingFactForms>();
        services.TryAddSingleton(ModerationPhraseBooks.Default);
        services.TryAddSingleton<FactFormWarmUp>();
        services.TryAddSingleton<FactCommands>();
        services.TryAddSingleton<FactAutocomplete>();
        services.TryAddSingleton<KnowledgeStatusCommand>();
        services.TryAddSingleton(IngestReviewPhrasebook.Default);
        services.TryAddSingleton<KnowledgeStaleCommand>();
        return services;
    }
}
