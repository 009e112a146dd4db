using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Support;

/// <summary>The curated knowledge folder, loaded once for all tests that answer questions.</summary>
internal static class CuratedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
    {
        var result = KnowledgeLoader.Load(RepositoryFiles.CuratedKnowledgeTexts(), RepositoryFiles.CuratedKnowledge);
        return result.Knowledge ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    });

    public static KnowledgeBase Knowledge => Loaded.Value;

    /// <summary>An engine on the curated knowledge with the clock fixed at the given date (default 2026-11-22).</summary>
    public static AnswerEngine Engine(DateTimeOffset? now = null) =>
        new(new KnowledgeStore(Knowledge), new QuestionParser(new FixedClock(now ?? new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero))));
}
