using ChatBot.Core.Retrieval;
using ChatBot.Core.Text;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>Cross-checks a draft: unique ids, resolvable references, and quotes that state their figure.</summary>
internal static class KnowledgeValidator
{
    public static void Validate(KnowledgeDraft draft, ErrorSink errors)
    {
        var sources = UniqueIds(draft.Sources.Select(s => (s.Value.Id, s.Line)), draft.Sources.Count, "source", errors);
        var topics = UniqueIds(draft.Topics.Select(t => (t.Value.Id, t.Line)), draft.Topics.Count, "topic", errors);
        var subjects = UniqueIds(draft.Subjects.Select(s => (s.Value.Id, s.Line)), draft.Subjects.Count, "subject", errors);
        UniqueIds(draft.Facts.Select(f => (f.Id, f.Line)), draft.Facts.Count, "fact", errors);
        CheckAliases(draft, errors);

        // The figure check dominates validation of big files and depends on one fact only, so it runs on all cores;
        // its findings are reported in fact order below, exactly as a sequential run would.
        var problems = new IReadOnlyList<string>[draft.Facts.Count];
        Parallel.For(0, problems.Length, i => problems[i] = [.. FigureInQuote.Problems(draft.Facts[i]), .. FigureInQuote.StatementProblems(draft.Facts[i])]);

        foreach (var subject in draft.Subjects)
        {
            foreach (var member in subject.Value.Members.Where(m => !subjects.ContainsKey(m)))
            {
                errors.Add(subject.Line, null, $"subject '{ErrorExcerpt.Of(subject.Value.Id)}' lists unknown member '{ErrorExcerpt.Of(member)}'");
            }
        }

        for (var i = 0; i < draft.Facts.Count; i++)
        {
            var fact = draft.Facts[i];
            CheckReference(fact, fact.SubjectId, subjects, "subject", errors);
            CheckReference(fact, fact.SourceId, sources, "source", errors);
            foreach (var related in fact.Related)
            {
                CheckReference(fact, related, subjects, "related subject", errors);
            }

            foreach (var topic in fact.Topics)
            {
                CheckReference(fact, topic, topics, "topic", errors);
            }

            if (fact.Amount is null && FactOrdering.IsSpending(fact.Kind))
            {
                errors.Add(fact.Line, fact.Id, $"a spending fact (kind {KnowledgeVocabulary.NameOf(fact.Kind)}) needs an 'amount'");
            }

            foreach (var problem in problems[i])
            {
                errors.Add(fact.Line, fact.Id, problem);
            }
        }
    }

    /// <summary>Reports repeated ids and ids that are not kebab-case; returns the line each id is first defined on.</summary>
    private static Dictionary<string, int> UniqueIds(IEnumerable<(string Id, int Line)> items, int count, string what, ErrorSink errors)
    {
        var firstLines = new Dictionary<string, int>(count, StringComparer.Ordinal);
        foreach (var (id, line) in items)
        {
            if (!IsKebabCase(id))
            {
                errors.Add(line, what == "fact" ? id : null, $"{what} id '{ErrorExcerpt.Of(id)}' must be kebab-case: lower-case letters and digits joined by single hyphens");
            }

            if (!firstLines.TryAdd(id, line))
            {
                errors.Add(line, what == "fact" ? id : null, $"duplicate {what} id '{ErrorExcerpt.Of(id)}' (first defined on line {firstLines[id]})");
            }
        }

        return firstLines;
    }

    // Ids appear in commands, button ids and URLs, where spaces, capitals or umlauts would not survive.
    private static bool IsKebabCase(string id)
    {
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && i > 0 && i < id.Length - 1 && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return id.Length > 0;
    }

    // Two subjects answering to the same name would make questions ambiguous in a way users cannot see.
    private static void CheckAliases(KnowledgeDraft draft, ErrorSink errors)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var subject in draft.Subjects)
        {
            foreach (var alias in subject.Value.Aliases.Prepend(subject.Value.Name.De).Prepend(subject.Value.Name.En))
            {
                var key = string.Join(' ', Tokenizer.Tokenize(TextFolding.Fold(alias)));
                if (key.Length == 0)
                {
                    continue;
                }

                if (owners.TryGetValue(key, out var owner) && owner != subject.Value.Id)
                {
                    errors.Add(subject.Line, null, $"alias '{ErrorExcerpt.Of(alias)}' of subject '{ErrorExcerpt.Of(subject.Value.Id)}' is already used by subject '{ErrorExcerpt.Of(owner)}'");
                }
                else
                {
                    owners[key] = subject.Value.Id;
                }
            }
        }
    }

    private static void CheckReference(Fact fact, string id, Dictionary<string, int> known, string what, ErrorSink errors)
    {
        if (!known.ContainsKey(id))
        {
            errors.Add(fact.Line, fact.Id, $"unknown {what} '{ErrorExcerpt.Of(id)}'");
        }
    }
}
