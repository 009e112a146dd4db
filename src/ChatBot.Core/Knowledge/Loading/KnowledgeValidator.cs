using ChatBot.Core.Retrieval;
using ChatBot.Core.Text;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>Cross-checks a draft: unique ids, resolvable references, and quotes that state their figure.</summary>
internal static class KnowledgeValidator
{
    public static void Validate(KnowledgeDraft draft, ErrorSink errors) => Validate(draft, FactProblems(draft.Facts), errors);

    /// <summary>
    /// The checks that depend on one fact only. The figure check dominates validation of big files, so it runs on all
    /// cores, and a folder computes it per file, once per change of that file.
    /// </summary>
    public static IReadOnlyList<string>[] FactProblems(IReadOnlyList<Fact> facts)
    {
        var problems = new IReadOnlyList<string>[facts.Count];
        Parallel.For(0, problems.Length, i => problems[i] = [.. FigureInQuote.Problems(facts[i]), .. FigureInQuote.StatementProblems(facts[i])]);
        return problems;
    }

    /// <summary>The checks across facts and files; the per-fact findings of <see cref="FactProblems"/> are reported in fact order.</summary>
    public static void Validate(KnowledgeDraft draft, IReadOnlyList<IReadOnlyList<string>> problems, ErrorSink errors)
    {
        var sources = UniqueIds(draft.Sources.Select(s => (s.Value.Id, s.File, s.Line)), draft.Sources.Count, "source", errors);
        var topics = UniqueIds(draft.Topics.Select(t => (t.Value.Id, t.File, t.Line)), draft.Topics.Count, "topic", errors);
        var subjects = UniqueIds(draft.Subjects.Select(s => (s.Value.Id, s.File, s.Line)), draft.Subjects.Count, "subject", errors);
        UniqueIds(draft.Facts.Select(f => (f.Id, f.File, f.Line)), draft.Facts.Count, "fact", errors);
        CheckAliases(draft, errors);

        foreach (var subject in draft.Subjects)
        {
            foreach (var member in subject.Value.Members.Where(m => !subjects.ContainsKey(m)))
            {
                errors.Add(FileOf(subject.File, errors), subject.Line, null, $"subject '{ErrorExcerpt.Of(subject.Value.Id)}' lists unknown member '{ErrorExcerpt.Of(member)}'");
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
                errors.Add(FileOf(fact.File, errors), fact.Line, fact.Id, $"a spending fact (kind {KnowledgeVocabulary.NameOf(fact.Kind)}) needs an 'amount'");
            }

            foreach (var problem in problems[i])
            {
                errors.Add(FileOf(fact.File, errors), fact.Line, fact.Id, problem);
            }
        }
    }

    /// <summary>Reports repeated ids, across all files of a folder, and ids that are not kebab-case; returns where each id is first defined.</summary>
    private static Dictionary<string, (string File, int Line)> UniqueIds(IEnumerable<(string Id, string File, int Line)> items, int count, string what, ErrorSink errors)
    {
        var first = new Dictionary<string, (string File, int Line)>(count, StringComparer.Ordinal);
        foreach (var (id, file, line) in items)
        {
            if (!IsKebabCase(id))
            {
                errors.Add(FileOf(file, errors), line, what == "fact" ? id : null, $"{what} id '{ErrorExcerpt.Of(id)}' must be kebab-case: lower-case letters and digits joined by single hyphens");
            }

            if (!first.TryAdd(id, (file, line)))
            {
                var (firstFile, firstLine) = first[id];
                var where = firstFile == file ? $"on line {firstLine}" : $"in {FileOf(firstFile, errors)} on line {firstLine}";
                errors.Add(FileOf(file, errors), line, what == "fact" ? id : null, $"duplicate {what} id '{ErrorExcerpt.Of(id)}' (first defined {where})");
            }
        }

        return first;
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

    // Values read outside a folder merge carry no file of their own: they come from the sink's one file.
    private static string FileOf(string file, ErrorSink errors) => file.Length == 0 ? errors.File : file;

    // Two subjects answering to the same name would make questions ambiguous in a way users cannot see.
    private static void CheckAliases(KnowledgeDraft draft, ErrorSink errors)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var subject in draft.Subjects)
        {
            foreach (var alias in subject.Value.Name.Texts.Reverse().Concat(subject.Value.Aliases))
            {
                var key = string.Join(' ', Tokenizer.Tokenize(TextFolding.Fold(alias)));
                if (key.Length == 0)
                {
                    continue;
                }

                if (owners.TryGetValue(key, out var owner) && owner != subject.Value.Id)
                {
                    errors.Add(FileOf(subject.File, errors), subject.Line, null, $"alias '{ErrorExcerpt.Of(alias)}' of subject '{ErrorExcerpt.Of(subject.Value.Id)}' is already used by subject '{ErrorExcerpt.Of(owner)}'");
                }
                else
                {
                    owners[key] = subject.Value.Id;
                }
            }
        }
    }

    private static void CheckReference(Fact fact, string id, Dictionary<string, (string File, int Line)> known, string what, ErrorSink errors)
    {
        if (!known.ContainsKey(id))
        {
            errors.Add(FileOf(fact.File, errors), fact.Line, fact.Id, $"unknown {what} '{ErrorExcerpt.Of(id)}'");
        }
    }
}
