using System.Globalization;

namespace ChatBot.Teams.LoadTest;

/// <summary>Command-line settings: <c>--requests N --concurrency C --warmup W --time-limit SECONDS --knowledge PATH</c>.</summary>
internal sealed record WebhookLoadSettings(int Requests, int Concurrency, int Warmup, TimeSpan TimeLimit, string KnowledgePath)
{
    /// <summary>Teams closes an outgoing webhook's connection after five seconds.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public static WebhookLoadSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new WebhookLoadSettings(
            Number("--requests", 3000),
            Number("--concurrency", 100),
            Number("--warmup", 300),
            TimeSpan.FromSeconds(Number("--time-limit", 60)),
            Value("--knowledge") ?? FindKnowledge());
    }

    private static string FindKnowledge()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "knowledge");
            if (File.Exists(Path.Combine(candidate, "subjects.yaml")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("the knowledge folder was not found; pass --knowledge PATH");
    }
}
