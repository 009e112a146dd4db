using System.Globalization;

namespace ChatBot.LoadTest;

/// <summary>Command-line settings: <c>--requests N --concurrency C --warmup W --time-limit SECONDS --knowledge PATH</c>.</summary>
internal sealed record LoadTestSettings(int Requests, int Concurrency, int Warmup, TimeSpan TimeLimit, string KnowledgePath)
{
    public static LoadTestSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new LoadTestSettings(
            Number("--requests", 5000),
            Number("--concurrency", 200),
            Number("--warmup", 500),
            TimeSpan.FromSeconds(Number("--time-limit", 60)),
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
