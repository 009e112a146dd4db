namespace ChatBot.SemanticKernel;

/// <summary>The kinds of chat-completion backends phrasing talks to, all over the OpenAI wire format.</summary>
public enum LlmProvider
{
    /// <summary>OpenAI itself; the endpoint defaults to its public API.</summary>
    OpenAI,

    /// <summary>Azure OpenAI through its v1 endpoint (https://RESOURCE.openai.azure.com/openai/v1/); the model is the deployment name.</summary>
    AzureOpenAI,

    /// <summary>Ollama, llama.cpp's server, vLLM, LM Studio: an endpoint ending in /v1, the key often unused.</summary>
    OpenAICompatible,
}
