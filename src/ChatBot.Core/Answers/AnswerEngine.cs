using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <inheritdoc/>
public sealed class AnswerEngine(IKnowledgeProvider provider, QuestionParser parser, LanguageTable<PhraseBook> phraseBooks) : IAnswerEngine
{
    /// <summary>An engine answering with the registered German and English phrase books.</summary>
    public AnswerEngine(IKnowledgeProvider provider, QuestionParser parser)
        : this(provider, parser, PhraseBooks.Default)
    {
    }

    // Each entry point reads the provider once: a reload between understanding and answering must not make one
    // question see two knowledge versions (and in serve each read checks the file).

    /// <inheritdoc/>
    public Answer Ask(string question, Language? language = null, Query? context = null) =>
        Ask(provider.Current, question, language, context);

    /// <inheritdoc/>
    public Query Understand(string question, Language? language = null) => Understand(provider.Current, question, language);

    /// <inheritdoc/>
    public Answer Answer(Query query) => Answer(provider.Current, query);

    /// <inheritdoc/>
    public Answer Ask(KnowledgeBase knowledge, string question, Language? language = null, Query? context = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var query = Understand(knowledge, question, language);
        return Answer(knowledge, context is null ? query : FollowUp.Apply(query, context));
    }

    /// <inheritdoc/>
    public Query Understand(KnowledgeBase knowledge, string question, Language? language = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return parser.Parse(question, knowledge, language);
    }

    /// <inheritdoc/>
    public Answer Answer(KnowledgeBase knowledge, Query query)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(query);
        query = WithQuotedWhole(knowledge, query);
        var builder = new AnswerBuilder(knowledge, query, phraseBooks);
        var unknownNames = query.UnknownNames.Where(n => char.IsUpper(n[0])).ToList();
        if (unknownNames.Count > 0 && query.UnknownIsActor && query.Intent is QueryIntent.Figures && query.Subjects.Count > 0 && query.Subjects.All(IsPlace))
        {
            return InfoComposer.NoFigure(builder, unknownNames);
        }

        // "Wie viele Mitarbeiter hat Amazon?" counts what no figure measures (no fact even mentions it); Amazon's
        // spending would not answer it.
        if (query.UnknownMeasure is { } measure && query.Subjects.Count > 0 && query.Intent is QueryIntent.Figures && query.Computation is null
            && Mentioning(builder.Knowledge, [measure]).Count == 0 && !NearWordOfAnyFact(builder.Knowledge, measure))
        {
            return InfoComposer.NoFigure(builder, [measure]);
        }

        // "What is Nvidia's share price?": the knowledge holds investments; a figure of the subject's would answer
        // another question. A fact about the subject that names the measure still answers it.
        if (query.ForeignMeasure is { } foreign && query.Intent is not (QueryIntent.Help or QueryIntent.Greeting or QueryIntent.Sources)
            && !MeasureStated(builder.Knowledge, query, foreign))
        {
            return InfoComposer.NoFigure(builder, [foreign]);
        }

        // "Wie viel investieren Samsung Electronics und Apple?": the name asked about next to a known one is not
        // dropped silently.
        if (unknownNames.Count > 0 && (query.Intent is QueryIntent.Compare or QueryIntent.Total
            || (query.Intent is QueryIntent.Figures && query.UnknownIsActor && query.Subjects.Count > 0 && query.Computation is null)))
        {
            builder.Note(builder.Phrases.NoFigureForNames(builder.Phrases.List(unknownNames.Select(builder.Phrases.Quoted))));
        }

        // Figures tying the subjects together ("Microsoft in OpenAI") are not two investors to add up: their total
        // is the sum of those ties ("how much has Microsoft put into OpenAI altogether?").
        var asksComputation = query.Computation is not null || (query.Intent == QueryIntent.Total && CanCompare(query));
        var asksSum = query.Computation is null or ComputationKind.Sum;
        var ties = asksComputation && asksSum ? Relations(builder.Knowledge, query.Subjects) : [];
        if (ComputationComposer.RelationTotal(builder, ties) is { } tiesTotal)
        {
            return tiesTotal;
        }

        if (asksComputation && ties.Count == 0 && ComputationComposer.TryCompose(builder) is { } computed)
        {
            return computed;
        }

        if (ExcludedPartComposer.TryCompose(builder) is { } withoutPart)
        {
            return withoutPart;
        }

        if (ComputationComposer.SeparateFiguresTotal(builder) is { } separateTotal)
        {
            return separateTotal;
        }

        if (PartOfQuoted(builder.Knowledge, query) is ({ } part, { Count: > 0 } wholes))
        {
            return FiguresComposer.ComposePartOfQuoted(builder, part, wholes);
        }

        if (query.Subjects.Count == 0 && query.WantsQuotes && StatingNumbers(builder.Knowledge, query.Numbers) is { Count: > 0 } stating)
        {
            return FiguresComposer.ComposeFound(builder, stating);
        }

        if (query.Intent is QueryIntent.Figures or QueryIntent.Total && Relations(builder.Knowledge, query.Subjects) is { Count: > 0 } relations)
        {
            return FiguresComposer.ComposeRelation(builder, relations);
        }

        return query.Intent switch
        {
            QueryIntent.Help => InfoComposer.Help(builder),
            QueryIntent.Greeting => InfoComposer.Help(builder, AnswerKind.Greeting),
            // "Wie viel investiert Jeff Bezos' Blue Origin?" asks about a name, not for the list of sources.
            QueryIntent.Sources when query.Subjects.Count == 0 && query.UnknownIsActor && query.AsksAmount && unknownNames.Count > 0 => InfoComposer.NoFigure(builder, unknownNames),
            QueryIntent.Sources when query.Subjects.Count == 0 => InfoComposer.Sources(builder),
            QueryIntent.Subjects => InfoComposer.Subjects(builder),
            QueryIntent.Rank when query.Subjects.Count == 0 => RankingComposer.Compose(builder),
            QueryIntent.Rank when query.Subjects is [{ Kind: SubjectKind.Group, Members.Count: > 1 }] => RankingComposer.Compose(builder, query.Subjects[0].Members),
            _ when query.Subjects.Count == 0 => WithoutSubject(builder, query),
            QueryIntent.Compare when CanCompare(query) => ComparisonComposer.Compose(builder),
            _ => FiguresComposer.Compose(builder),
        };
    }

    // Figures that tie the named subjects together ("Microsoft in OpenAI", "Brookfield für Frankreich") answer
    // a question naming both better than each subject's own figures.
    private static List<Fact> Relations(KnowledgeBase knowledge, IReadOnlyList<Subject> subjects)
    {
        if (subjects.Count < 2)
        {
            return [];
        }

        // A fact ties subjects together when it names at least two of them, as subject or as involved party
        // (Stargate: OpenAI, SoftBank and Oracle).
        var ids = subjects.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return [.. subjects
            .SelectMany(s => knowledge.FactsAbout(s.Id).Concat(knowledge.FactsInvolving(s.Id)))
            .Distinct()
            .Where(f => f.Amount is not null
                && knowledge.FindSubject(f.SubjectId)?.Kind != SubjectKind.Group
                && (ids.Contains(f.SubjectId) ? 1 : 0) + f.Related.Count(ids.Contains) >= 2)];
    }

    // "Wie viel Prozent der 109 Mrd kommen von Brookfield?": a share of a quoted number asks about the subject whose
    // figure states it, when that subject's figures name the one asked about (France's 20 bn "from Brookfield");
    // the question is then the one naming both ("Brookfields Anteil an Frankreichs 109 Milliarden").
    private static Query WithQuotedWhole(KnowledgeBase knowledge, Query query)
    {
        if (query is not { Computation: ComputationKind.Share, Subjects: [var part] } || query.Numbers.Count == 0)
        {
            return query;
        }

        // Another of its figures must name the part: the 364 bn naming Microsoft makes Microsoft no part of it.
        var stating = StatingNumbers(knowledge, query.Numbers);
        var wholes = stating
            .Select(f => f.SubjectId)
            .Distinct()
            .Where(id => id != part.Id && knowledge.FactsAbout(id).Any(f => f.Related.Contains(part.Id) && !stating.Contains(f)))
            .ToList();
        return wholes is [var whole] && knowledge.FindSubject(whole) is { } subject ? query with { Subjects = [part, subject] } : query;
    }

    // "Welche Quelle nennt die 109 Milliarden?": the facts stating that number.
    // Money first: "the 500 billion" is Stargate's dollars before MAI-1's parameters.
    private static List<Fact> StatingNumbers(KnowledgeBase knowledge, IReadOnlyList<decimal> numbers)
    {
        // "3 to 4 trillion" is the range stating both numbers, not every fact stating a 4.
        var scored = knowledge.Facts
            .Where(f => f.Amount is not null)
            .Select(f => (Fact: f, Hits: numbers.Count(n => n == f.Amount!.Min || n == f.Amount.Max)))
            .Where(x => x.Hits > 0)
            .ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(x => x.Hits);
        var stating = scored.Where(x => x.Hits == best).Select(x => x.Fact).ToList();
        return stating.Any(f => f.Amount!.IsMoney) ? [.. stating.Where(f => f.Amount!.IsMoney)] : stating;
    }

    // "How much of the 364 bn is Microsoft's?": a number the question quotes is stated by the figure of a whole
    // that involves the one subject (a group total, a joint project) and by none of the subject's own figures.
    // The group may be named too ("Wie viel von den 300 Mrd der großen Vier entfällt auf Meta?"): the part asked
    // about is the one subject no other named subject contains.
    private static (Subject? Part, List<Fact> Wholes) PartOfQuoted(KnowledgeBase knowledge, Query query)
    {
        var parts = query.Subjects.Where(s => !query.Subjects.Any(other => other != s && s.Members.Contains(other.Id))).ToList();
        if (parts is not [var subject] || query.Numbers.Count == 0 || query.Computation is not null)
        {
            return (null, []);
        }

        var stating = StatingNumbers(knowledge, query.Numbers);
        var involves = (Fact f) => f.SubjectId != subject.Id
            && (f.Related.Contains(subject.Id) || (knowledge.FindSubject(f.SubjectId)?.Members.Contains(subject.Id) ?? false));
        return (subject, stating.Any(f => f.SubjectId == subject.Id) ? [] : [.. stating.Where(involves)]);
    }

    // "Was hat Trump angekündigt?": facts whose sentences mention the names, those mentioning most first. A name of
    // several words ("Donald Trump", "Deutsche Telekom") is mentioned where every one of its words is.
    private static List<Fact> Mentioning(KnowledgeBase knowledge, IReadOnlyList<string> names)
    {
        var index = RetrievalIndex.For(knowledge);
        var hits = names
            .SelectMany(name => MentioningAll(index, Text.Tokenizer.Tokenize(Text.TextFolding.Fold(name))))
            .GroupBy(f => f)
            .Select(g => (Fact: g.Key, Count: g.Count()))
            .ToList();
        var best = hits.Count == 0 ? 0 : hits.Max(h => h.Count);
        return [.. hits.Where(h => h.Count == best).Select(h => h.Fact)];
    }

    // A figure of the question's subjects (of anyone when it names none) whose sentences use the measure's words.
    private static bool MeasureStated(KnowledgeBase knowledge, Query query, string measure)
    {
        var words = Text.Tokenizer.Tokenize(Text.TextFolding.Fold(measure));
        var ids = query.Subjects.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return knowledge.Facts
            .Where(f => f.Amount is not null && (ids.Count == 0 || ids.Contains(f.SubjectId)))
            .Select(f => Text.Tokenizer.Tokenize(Text.TextFolding.Fold($"{string.Join(' ', f.Statement.Texts)} {f.Quote}")))
            .Any(sentence => words.All(word => sentence.Any(w => w.StartsWith(word, StringComparison.Ordinal))));
    }

    // "parametres": a misspelt word of some fact's sentence is that word, not a measure the knowledge lacks.
    private static bool NearWordOfAnyFact(KnowledgeBase knowledge, string word)
    {
        var folded = Text.TextFolding.Fold(word);
        var limit = folded.Length >= 9 ? 2 : 1;
        return knowledge.Facts
            .SelectMany(f => Text.Tokenizer.Tokenize(Text.TextFolding.Fold($"{string.Join(' ', f.Statement.Texts)} {f.Quote}")))
            .Any(w => Math.Abs(w.Length - folded.Length) <= limit && Text.EditDistance.Compute(folded, w, limit) <= limit);
    }

    private static IEnumerable<Fact> MentioningAll(RetrievalIndex index, IReadOnlyList<string> words) =>
        words.Count == 0 ? [] : words.Skip(1).Aggregate<string, IEnumerable<Fact>>(index.Mentioning(words[0]), (facts, word) => facts.Intersect(index.Mentioning(word)));

    // "Wie viel investiert Intel in Frankreich?" asks about Intel; France's own figures would not answer it.
    private static bool IsPlace(Subject subject) =>
        subject.Kind is SubjectKind.Country or SubjectKind.Region or SubjectKind.Event or SubjectKind.Market;

    private static bool CanCompare(Query query) => query.Subjects.Count >= 2 || query.Period.Years.Count >= 2;

    // Without a known subject, a name the knowledge does not cover means "no figure", never a guess from
    // the topic alone: "Wie viel investiert Intel in Rechenzentren?" must not list Microsoft's data centres.
    private static Answer WithoutSubject(AnswerBuilder builder, Query query)
    {
        if (!query.UnknownIsActor && Mentioning(builder.Knowledge, query.UnknownNames) is { Count: > 0 } mentioning)
        {
            return FiguresComposer.ComposeFound(builder, mentioning);
        }

        // An unknown word where the investor stands ("investiert Intel") makes the question about that name;
        // elsewhere it is more likely a word we do not know ("When was the AI Act passed?").
        if (query.UnknownNames.Count > 0 && (query.UnknownIsActor || query.Topics.Count == 0))
        {
            return InfoComposer.NoFigure(builder, query.UnknownNames);
        }

        if (query.Topics.Count > 0)
        {
            return FiguresComposer.ComposeTopic(builder);
        }

        if (!query.Period.IsEmpty && !query.Period.IsRelative && query.Intent == QueryIntent.Figures)
        {
            return FiguresComposer.ComposeFound(builder, [.. builder.Knowledge.Facts.Where(f => f.Amount is not null && query.Period.MatchesExactly(f.Period))]);
        }

        return query.Intent is QueryIntent.Compare or QueryIntent.Total ? InfoComposer.NoFigure(builder, []) : InfoComposer.Clarify(builder);
    }
}
