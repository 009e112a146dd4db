using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.SemanticKernel.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatBot.SemanticKernel;

/// <summary>Registers optional answer phrasing: off (the template answer) unless the LLM_* variables configure a model.</summary>
public static class PhrasingServiceCollectionExtensions
{
    /// <summary>The hard ceiling for one HTTP call above the phrasing budget, so the budget, not HttpClient, ends a slow call.</summary>
    private static readonly TimeSpan HttpMargin = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Adds <see cref="IAnswerPhraser"/>. With <paramref name="enabled"/> false (<c>--no-llm</c>) or no LLM_* variable set it
    /// is the template-only phraser and no LLM code runs. Invalid settings throw <see cref="OptionsValidationException"/>
    /// naming the variables, so the bot does not start half-configured. When the services also hold an
    /// <see cref="IAnswerEngine"/> and an <see cref="IKnowledgeProvider"/>, the phraser is wrapped in the
    /// <see cref="UnderstandingFallbackPhraser"/>, which lets the model map questions the parser did not understand.
    /// </summary>
    public static IServiceCollection AddPhrasing(this IServiceCollection services, IConfiguration configuration, bool enabled = true)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<PhrasingStats>();
        if (!enabled || !PhrasingOptionsReader.IsConfigured(configuration))
        {
            services.TryAddSingleton<IAnswerPhraser>(TemplateOnlyPhraser.Instance);
            return services;
        }

        var (options, errors) = PhrasingOptionsReader.Read(configuration);
        if (options is null)
        {
            throw new OptionsValidationException(nameof(PhrasingOptions), typeof(PhrasingOptions), errors);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(_ => CreateChatService(options));
        services.AddSingleton<IAnswerPhraser>(provider =>
        {
            var chat = provider.GetRequiredService<IChatCompletionService>();
            var stats = provider.GetRequiredService<PhrasingStats>();
            var time = provider.GetRequiredService<TimeProvider>();
            IAnswerPhraser phraser = new SemanticKernelAnswerPhraser(chat, options, stats, time, Logger<SemanticKernelAnswerPhraser>(provider));

            // The understanding fallback needs the engine and the knowledge's subject ids; hosts without them only phrase.
            return provider.GetService<IAnswerEngine>() is { } engine && provider.GetService<IKnowledgeProvider>() is { } knowledge
                ? new UnderstandingFallbackPhraser(phraser, chat, engine, knowledge, options, stats, time, Logger<UnderstandingFallbackPhraser>(provider))
                : phraser;
        });
        return services;
    }

    private static ILogger<T> Logger<T>(IServiceProvider provider) => provider.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;

    /// <summary>
    /// The OpenAI connector on its own <see cref="HttpClient"/>: SK's builder overloads then disable the SDK's retries,
    /// so one slow or failing call can never be retried past the deadline.
    /// </summary>
    public static IChatCompletionService CreateChatService(PhrasingOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.Timeout = options.Timeout + HttpMargin;
        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(options.Model, options.Endpoint ?? PhrasingOptions.OpenAIEndpoint, options.ApiKey, httpClient: http);
        return builder.Build().GetRequiredService<IChatCompletionService>();
    }
}
