using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.SemanticKernel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Cli;

/// <summary>The phraser for <c>ask</c> and <c>chat</c>, from the same LLM_* settings and <c>AddPhrasing</c> as <c>serve</c>.</summary>
internal static class CliPhrasing
{
    /// <summary>The phraser, or null after printing which LLM_* variable is wrong.</summary>
    public static IAnswerPhraser? Create(CliContext context, bool enabled, IAnswerEngine engine, IKnowledgeProvider knowledge)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.ClearProviders().AddProvider(new ErrorStreamLoggerProvider(context.Error)));
        services.AddSingleton(context.Clock);
        // The understanding fallback maps unclear questions onto the command's own engine and knowledge.
        services.AddSingleton(engine);
        services.AddSingleton(knowledge);
        try
        {
            services.AddPhrasing(configuration, enabled);
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                context.Error.WriteLine($"error: {failure}");
            }

            return null;
        }

        // The provider lives as long as the command; the phraser holds what it needs.
        return services.BuildServiceProvider().GetRequiredService<IAnswerPhraser>();
    }
}
