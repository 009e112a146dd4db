using System.Globalization;
using Microsoft.Extensions.Configuration;
using static ChatBot.SemanticKernel.PhrasingEnvironmentVariables;

namespace ChatBot.SemanticKernel;

/// <summary>
/// Reads and validates the LLM_* settings. Messages name the variable and what is wrong with it, never a key's value,
/// so the bot refuses to start half-configured instead of silently answering without phrasing.
/// </summary>
public static class PhrasingOptionsReader
{
    private const double MaxTimeoutSeconds = 120;

    /// <summary>Whether any LLM_* variable is set; phrasing is off otherwise and no LLM code runs.</summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return All.Any(name => !string.IsNullOrWhiteSpace(configuration[name]));
    }

    public static (PhrasingOptions? Options, IReadOnlyList<string> Errors) Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var errors = new List<string>();
        var options = new PhrasingOptions();
        var provider = configuration[Provider]?.Trim();
        var known = true;
        switch (provider?.ToLowerInvariant())
        {
            case "openai": options.Provider = LlmProvider.OpenAI; break;
            case "azure-openai": options.Provider = LlmProvider.AzureOpenAI; break;
            case "openai-compatible": options.Provider = LlmProvider.OpenAICompatible; break;
            case null or "":
                known = false;
                errors.Add($"{Provider} is not set, but other LLM_* variables are: set it to openai, azure-openai or openai-compatible, or unset them all to answer without phrasing");
                break;
            default:
                known = false;
                errors.Add($"{Provider} must be openai, azure-openai or openai-compatible (got \"{provider}\")");
                break;
        }

        options.Model = configuration[Model]?.Trim() ?? string.Empty;
        if (options.Model.Length == 0)
        {
            errors.Add($"{Model} is required: the model name (Azure OpenAI: the deployment name)");
        }

        options.ApiKey = configuration[ApiKey]?.Trim() is { Length: > 0 } key ? key : null;
        if (options.ApiKey is null && options.Provider is LlmProvider.OpenAI or LlmProvider.AzureOpenAI && known)
        {
            errors.Add($"{ApiKey} is required for {provider}");
        }

        ReadEndpoint(configuration, options, errors);
        ReadTimeout(configuration, options, errors);
        return (errors.Count == 0 ? options : null, errors);
    }

    private static void ReadEndpoint(IConfiguration configuration, PhrasingOptions options, List<string> errors)
    {
        var raw = configuration[Endpoint]?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            if (options.Provider == LlmProvider.OpenAI)
            {
                options.Endpoint = PhrasingOptions.OpenAIEndpoint;
            }
            else
            {
                errors.Add($"{Endpoint} is required for this provider, e.g. http://localhost:11434/v1 (Ollama) or https://RESOURCE.openai.azure.com/openai/v1/");
            }

            return;
        }

        if (!Uri.TryCreate(raw, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            errors.Add($"{Endpoint} must be an absolute http(s) URL such as http://localhost:11434/v1");
            return;
        }

        options.Endpoint = endpoint;
    }

    private static void ReadTimeout(IConfiguration configuration, PhrasingOptions options, List<string> errors)
    {
        var raw = configuration[TimeoutSeconds]?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0 || seconds > MaxTimeoutSeconds)
        {
            errors.Add($"{TimeoutSeconds} must be a number of seconds above 0 and at most {MaxTimeoutSeconds} (got \"{raw}\")");
            return;
        }

        options.Timeout = TimeSpan.FromSeconds(seconds);
    }
}
