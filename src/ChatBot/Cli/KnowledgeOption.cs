using System.CommandLine;

namespace ChatBot.Cli;

/// <summary>The <c>--knowledge PATH</c> option every command accepts.</summary>
internal static class KnowledgeOption
{
    public static Option<string?> Create() => new("--knowledge", "-k")
    {
        Description = "Path to the knowledge file or folder (default: the knowledge folder here or in a parent directory, then next to the program)",
        Recursive = true,
    };
}
