namespace ChatBot.Teams.Manifest;

/// <summary>A text command as Teams lists it in the compose box; the engine understands the same words as a question.</summary>
/// <param name="Title">What the user types first (at most 32 characters).</param>
/// <param name="Example">A complete example the engine answers.</param>
/// <param name="Description">What it does (at most 128 characters).</param>
public sealed record TeamsTextCommand(string Title, string Example, string Description)
{
    public static IReadOnlyList<TeamsTextCommand> All { get; } =
    [
        new("pledge", "pledge microsoft", "pledge <company> [year]: every sourced AI investment figure for a company"),
        new("compare", "compare amazon meta", "compare <company> <company> [year]: two companies' figures side by side"),
        new("top", "top 2025", "top [year]: who invests the most in AI"),
        new("sources", "sources", "The articles behind the figures, with publishers"),
        new("help", "help", "What you can ask, in English or German"),
    ];
}
