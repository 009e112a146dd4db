using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.TestSupport;

/// <summary>The repository's curated knowledge folder, loaded once per test run, and an engine over it.</summary>
internal static class CuratedKnowledge
{
    private static readonly DateTimeOffset DefaultNow = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<KnowledgeBase> Loaded = new(Load);

    public static KnowledgeBase Knowledge => Loaded.Value;

    /// <summary>An engine on the curated knowledge with the clock fixed at the given date (default 2026-11-22).</summary>
    public static AnswerEngine Engine(DateTimeOffset? now = null) =>
        new(new KnowledgeStore(Knowledge), new QuestionParser(new FakeTimeProvider(now ?? DefaultNow)));

    private static KnowledgeBase Load()
    {
        var result = KnowledgeLoader.Load(RepositoryFiles.CuratedKnowledgeTexts(), RepositoryFiles.CuratedKnowledge);
        return result.Knowledge ?? throw new InvalidOperationException($"The curated knowledge does not load: {result.Errors[0]}");
    }
}
