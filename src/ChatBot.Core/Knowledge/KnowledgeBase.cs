using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// One loaded, validated version of the knowledge: immutable, shared by all threads, swapped whole on reload.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<string, Source> _sources;
    private readonly FrozenDictionary<string, Subject> _subjects;
    private readonly FrozenDictionary<string, Topic> _topics;
    private readonly Dictionary<string, Fact> _facts;
    private readonly FrozenDictionary<string, Fact[]> _factsBySubject;
    private readonly FrozenDictionary<string, Fact[]> _factsByRelated;

    public KnowledgeBase(
        IReadOnlyList<Source> sources,
        IReadOnlyList<Topic> topics,
        IReadOnlyList<Subject> subjects,
        IReadOnlyList<Fact> facts,
        string origin)
    {
        Sources = sources;
        Topics = topics;
        Subjects = subjects;
        Facts = facts;
        Origin = origin;
        _sources = sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _subjects = subjects.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _topics = topics.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);

        // Freezing analyses every key to find the fastest lookup: worth it for the few thousand subject ids that
        // questions look up, far too slow to build for 100,000 fact ids. The dictionary is never written after this.
        _facts = new Dictionary<string, Fact>(facts.Count, StringComparer.Ordinal);
        var bySubject = new Dictionary<string, List<Fact>>(StringComparer.Ordinal);
        var byRelated = new Dictionary<string, List<Fact>>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            _facts.Add(fact.Id, fact);
            AddTo(bySubject, fact.SubjectId, fact);
            foreach (var related in fact.Related)
            {
                AddTo(byRelated, related, fact);
            }
        }

        _factsBySubject = bySubject.ToFrozenDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
        _factsByRelated = byRelated.ToFrozenDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
        Aliases = AliasIndex.Build(subjects);
        TopicTerms = TopicTermIndex.Build(topics);
    }

    /// <summary>Where this version was loaded from (file path or a description), for logs and status.</summary>
    public string Origin { get; }

    public IReadOnlyList<Source> Sources { get; }

    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<Subject> Subjects { get; }

    public IReadOnlyList<Fact> Facts { get; }

    public AliasIndex Aliases { get; }

    public TopicTermIndex TopicTerms { get; }

    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

    public Subject? FindSubject(string id) => _subjects.GetValueOrDefault(id);

    public Topic? FindTopic(string id) => _topics.GetValueOrDefault(id);

    public Fact? FindFact(string id) => _facts.GetValueOrDefault(id);

    /// <summary>Facts whose subject is <paramref name="subjectId"/>.</summary>
    public IReadOnlyList<Fact> FactsAbout(string subjectId) => _factsBySubject.GetValueOrDefault(subjectId) ?? [];

    /// <summary>Facts about another subject that involve <paramref name="subjectId"/> (partner, counterparty, group).</summary>
    public IReadOnlyList<Fact> FactsInvolving(string subjectId) => _factsByRelated.GetValueOrDefault(subjectId) ?? [];

    private static void AddTo(Dictionary<string, List<Fact>> groups, string key, Fact fact) =>
        (CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out _) ??= []).Add(fact);
}
