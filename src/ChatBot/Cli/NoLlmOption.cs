using System.CommandLine;

namespace ChatBot.Cli;

/// <summary><c>--no-llm</c>: answer with the template even when LLM phrasing is configured.</summary>
internal static class NoLlmOption
{
    public static Option<bool> Create() => new("--no-llm")
    {
        Description = "Do not phrase answers with the configured LLM (LLM_PROVIDER); print the template answer",
    };
}
