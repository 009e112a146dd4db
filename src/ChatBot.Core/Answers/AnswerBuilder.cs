using ChatBot.Core.Answers.Freshness;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>Assembles an answer: numbers sources in order of first use and turns facts into lines.</summary>
internal sealed class AnswerBuilder(KnowledgeBase knowledge, Query query, LanguageTable<PhraseBook> books)
{
    private readonly PhraseBook _book = books.For(query.Language);

    private readonly List<AnswerSection> _sections = [];
    private readonly List<string> _notes = [];
    private readonly List<string> _lead = [];
    private readonly List<CitedSource> _sources = [];
    private readonly List<ComputedFigure> _computed = [];

    public AnswerPhrases Phrases => _book.Answers;

    public ComputationPhrases Computation => _book.Computation;

    public FigurePhrases Figures => _book.Figures;

    public PeriodPhrases Periods => _book.Periods;

    public Language Language => query.Language;

    /// <summary>All registered phrase books, for reading text written in any of their languages (an article's quote).</summary>
    public LanguageTable<PhraseBook> Books => books;

    public KnowledgeBase Knowledge => knowledge;

    public Query Query => query;

    public string NameOf(Subject subject) => subject.Name.In(query.Language);

    public string NameOf(string subjectId) => knowledge.FindSubject(subjectId)?.Name.In(query.Language) ?? subjectId;

    /// <summary>One line per distinct figure; facts stating the same figure in several articles share a line.</summary>
    public IReadOnlyList<AnswerItem> Lines(IEnumerable<Fact> orderedFacts, bool labelSubjects, int limit = int.MaxValue, bool inFactOrder = true) =>
        [.. FreshnessOrdering.Order(FigureGroups.Group(orderedFacts, limit, inFactOrder), knowledge).Select(group => Line(group, labelSubjects ? NameOf(group[0].SubjectId) : null))];

    public AnswerItem Line(IReadOnlyList<Fact> facts, string? label)
    {
        var lead = facts[0];
        return new AnswerItem(
            label,
            lead.Amount is { } amount ? Figures.Format(amount) : null,
            Period(lead.Period),
            lead.Statement.In(Language),
            facts,
            [.. facts.Select(f => Cite(f.SourceId)).Distinct()],
            query.WantsQuotes);
    }

    /// <summary>A period in the answer's language.</summary>
    public string Period(Period period) => PeriodFormatter.Format(period, Language, Periods);

    public void Section(string? title, IReadOnlyList<AnswerItem> items)
    {
        if (items.Count > 0)
        {
            _sections.Add(new AnswerSection(title, items));
        }
    }

    public void Note(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    /// <summary>A line shown right under the headline, for what the reader must know first ("no figure for 2025").</summary>
    public void Lead(string line)
    {
        if (!_lead.Contains(line))
        {
            _lead.Add(line);
        }
    }

    public Answer Build(AnswerKind kind, bool answered, string headline) =>
        new(query, kind, answered, Capitalized(headline), _lead, FreshnessOrdering.Apply(_sections, knowledge, _book), _notes, _sources) { Computed = _computed };

    /// <summary>Records a computed figure for the answer's structured data (the line showing it is added separately).</summary>
    public void Computed(ComputedFigure figure) => _computed.Add(figure);

    /// <summary>The citation numbers of facts, citing their sources in order of first use.</summary>
    public IReadOnlyList<int> CitationsOf(IEnumerable<Fact> facts) => [.. facts.Select(f => Cite(f.SourceId)).Distinct()];

    private static string Capitalized(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private int Cite(string sourceId)
    {
        var existing = _sources.FirstOrDefault(s => s.Source.Id == sourceId);
        if (existing is not null)
        {
            return existing.Number;
        }

        var source = knowledge.FindSource(sourceId) ?? new Source(sourceId, null, null, null, null, null, null);
        _sources.Add(new CitedSource(_sources.Count + 1, source));
        return _sources.Count;
    }
}
