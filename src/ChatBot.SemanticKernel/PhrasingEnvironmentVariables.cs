namespace ChatBot.SemanticKernel;

/// <summary>The environment variables (or <c>.env</c> lines) that switch phrasing on; without LLM_PROVIDER it stays off.</summary>
public static class PhrasingEnvironmentVariables
{
    public const string Provider = "LLM_PROVIDER";
    public const string Endpoint = "LLM_ENDPOINT";
    public const string Model = "LLM_MODEL";
    public const string ApiKey = "LLM_API_KEY";
    public const string TimeoutSeconds = "LLM_TIMEOUT_SECONDS";

    public static readonly string[] All = [Provider, Endpoint, Model, ApiKey, TimeoutSeconds];
}
