namespace ChatBot.SemanticKernel;

/// <summary>Phrasing settings, read from the LLM_* variables by <see cref="PhrasingOptionsReader"/>.</summary>
public sealed class PhrasingOptions
{
    public static readonly Uri OpenAIEndpoint = new("https://api.openai.com/v1");
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public LlmProvider Provider { get; set; }

    public Uri? Endpoint { get; set; }

    public string Model { get; set; } = string.Empty;

    /// <summary>Never logged nor shown in errors.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The longest a phrasing may take when the caller sets no tighter budget (CLI, deferred chat replies).</summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;
}
