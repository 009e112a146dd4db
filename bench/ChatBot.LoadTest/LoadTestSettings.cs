using System.Globalization;

namespace ChatBot.LoadTest;

/// <summary>
/// Command-line settings: <c>--seconds S --rounds R --concurrency C --warmup-seconds W --interactions N --knowledge PATH</c>.
/// Every server is measured for <c>S</c> seconds per round, the servers taking turns, so a machine whose load changes
/// during the run affects all of them alike.
/// </summary>
internal sealed record LoadTestSettings(TimeSpan Duration, int Rounds, int Concurrency, TimeSpan Warmup, int Interactions, string KnowledgePath)
{
    public static LoadTestSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        double Number(string name, double fallback) => Value(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new LoadTestSettings(
            TimeSpan.FromSeconds(Number("--seconds", 2)),
            (int)Number("--rounds", 3),
            (int)Number("--concurrency", 200),
            TimeSpan.FromSeconds(Number("--warmup-seconds", 2)),
            (int)Number("--interactions", 20_000),
            Value("--knowledge") ?? FindKnowledge());
    }

    private static string FindKnowledge()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "knowledge", "subjects.yaml");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        throw new InvalidOperationException("knowledge/subjects.yaml not found; pass --knowledge PATH");
    }
}
