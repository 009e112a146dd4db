using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Understanding;

/// <summary>
/// A change asked of one subject in one year ("Um wie viel wächst Amazons Budget 2025?") compares that year with
/// the year before, unless the knowledge states the change itself for that year (Azure's growth in 2025) or the
/// question asks when the change happened ("Wann hat Meta das Budget für 2025 erhöht?").
/// </summary>
internal static class YearOnYear
{
    public static PeriodFilter Widen(PeriodFilter period, IReadOnlyList<Subject> subjects, IReadOnlyList<Topic> topics, IReadOnlyList<string> tokens, KnowledgeBase knowledge, VocabularyIndex words)
    {
        if (subjects.Count != 1 || QuestionScope.AsksWhen(tokens, words) || period is not { Years: [var year], IsRelative: false, Quarter: null, Half: null, Month: null, UntilYear: null }
            || !ComputationCues.HasChangeWord(tokens, words))
        {
            return period;
        }

        var stated = knowledge.FactsAbout(subjects[0].Id)
            .Any(f => f.Amount is not null && topics.Count > 0 && TopicMatching.Matches(f, topics) && period.Overlaps(f.Period));
        return stated ? period : period with { Years = [year - 1, year] };
    }
}
