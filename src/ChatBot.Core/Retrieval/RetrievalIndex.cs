using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Text;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Lookups derived from one immutable knowledge snapshot, built on first use and dropped with the snapshot,
/// so questions over many facts (topics, rankings) do not sort the whole knowledge every time.
/// </summary>
internal sealed class RetrievalIndex
{
    private static readonly ConditionalWeakTable<KnowledgeBase, RetrievalIndex> Indexes = [];

    private readonly KnowledgeBase _knowledge;
    private readonly ConcurrentDictionary<string, Fact[]> _byTopic = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<int, Fact[]>> _wholeYearSpending;
    private readonly Lazy<int?> _mostCoveredYear;
    private readonly Lazy<HashSet<string>> _subjectsWithSpending;
    private readonly Lazy<Dictionary<string, Fact[]>> _factsByWord;
    private readonly ConcurrentDictionary<Fact, string[]> _wordsByFact = new();
    private readonly ConcurrentDictionary<int, Fact[]> _rankings = new();
    private readonly ConcurrentDictionary<int, string[]> _withoutYearFigure = new();

    private RetrievalIndex(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _wholeYearSpending = new(BuildWholeYearSpending);
        _factsByWord = new(BuildWordIndex);
        _subjectsWithSpending = new(() => [.. _wholeYearSpending.Value.Values.SelectMany(facts => facts).Select(f => f.SubjectId)]);
        _mostCoveredYear = new(() => _wholeYearSpending.Value
            .Select(p => (Year: p.Key, Subjects: p.Value.Select(f => f.SubjectId).Distinct().Count()))
            .OrderByDescending(p => p.Subjects)
            .ThenByDescending(p => p.Year)
            .Select(p => (int?)p.Year)
            .FirstOrDefault());
    }

    public static RetrievalIndex For(KnowledgeBase knowledge) => Indexes.GetValue(knowledge, k => new RetrievalIndex(k));

    /// <summary>The facts on a topic, in <see cref="FactOrdering"/> order.</summary>
    public IReadOnlyList<Fact> OnTopic(Topic topic) => _byTopic.GetOrAdd(
        topic.Id,
        _ => [.. FactOrdering.Order(_knowledge.Facts.Where(f => TopicMatching.Matches(f, [topic])))]);

    /// <summary>
    /// Each company's largest US-dollar spending figure for a whole year, largest first, computed once per year
    /// and snapshot: rankings are asked often and their input never changes.
    /// </summary>
    public IReadOnlyList<Fact> YearRanking(int year) => _rankings.GetOrAdd(year, y => [.. WholeYearSpending(y)
        .Where(FactOrdering.IsRankable)
        .GroupBy(f => f.SubjectId, StringComparer.Ordinal)
        .Select(g => g.MaxBy(f => f.Amount!.MaxInUnits)!)
        .OrderByDescending(f => f.Amount!.MaxInUnits)]);

    /// <summary>Companies with spending figures for other years but none for this one, by id.</summary>
    public IReadOnlyList<string> WithoutYearFigure(int year) => _withoutYearFigure.GetOrAdd(
        year,
        y => [.. SubjectsWithSpending.Except(YearRanking(y).Select(f => f.SubjectId)).Order(StringComparer.Ordinal)]);

    /// <summary>Spending figures (money, whole calendar or fiscal year) of companies stated for a year.</summary>
    public IReadOnlyList<Fact> WholeYearSpending(int year) => _wholeYearSpending.Value.GetValueOrDefault(year) ?? [];

    /// <summary>
    /// Facts whose statement or quote mentions the (folded) word, allowing inflection, in knowledge order.
    /// </summary>
    public IReadOnlyList<Fact> Mentioning(string foldedWord)
    {
        var matches = _factsByWord.Value
            .Where(p => WordMatching.Matches(foldedWord, p.Key))
            .SelectMany(p => p.Value)
            .ToHashSet();
        return [.. _knowledge.Facts.Where(matches.Contains)];
    }

    /// <summary>Whether one fact's statement or quote mentions the (folded) word, or contains it as part of a compound.</summary>
    public bool Mentions(Fact fact, string foldedWord) =>
        _wordsByFact.GetOrAdd(fact, WordsOf).Any(word => WordMatching.Matches(foldedWord, word) || (foldedWord.Length >= 6 && word.Contains(foldedWord, StringComparison.Ordinal)));

    /// <summary>Companies with a whole-year spending figure for any year.</summary>
    public IReadOnlySet<string> SubjectsWithSpending => _subjectsWithSpending.Value;

    /// <summary>The year for which the most companies have a spending figure.</summary>
    public int? MostCoveredYear => _mostCoveredYear.Value;

    private static string[] WordsOf(Fact fact) =>
        [.. Tokenizer.Tokenize(TextFolding.Fold($"{string.Join(' ', fact.Statement.Texts)} {fact.Quote}")).Distinct()];

    private Dictionary<string, Fact[]> BuildWordIndex() => _knowledge.Facts
        .SelectMany(f => WordsOf(f).Select(word => (Word: word, Fact: f)))
        .GroupBy(p => p.Word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Fact).ToArray(), StringComparer.Ordinal);

    private Dictionary<int, Fact[]> BuildWholeYearSpending() => _knowledge.Facts
        .Where(FactOrdering.IsWholeYearSpending)
        .Where(f => _knowledge.FindSubject(f.SubjectId)?.Kind == SubjectKind.Company)
        .GroupBy(f => f.Period.Year!.Value)
        .ToDictionary(g => g.Key, g => g.ToArray());
}
