using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Phrasing;

/// <summary>
/// Everything phrasing may use: the question, the answer language and the facts the engine retrieved. Nothing else
/// (no template text, no other knowledge) reaches the model, so nothing else can leak into a reply.
/// </summary>
/// <param name="Question">The user's question as asked.</param>
/// <param name="Language">The language to answer in.</param>
/// <param name="Facts">The retrieved facts, in the template's order.</param>
/// <param name="HeadlineKey">The key of the fact behind the template's first figure, which a reply must keep.</param>
public sealed record PhrasingRequest(string Question, Language Language, IReadOnlyList<PhrasingFact> Facts, string HeadlineKey)
{
    private static readonly AnswerKind[] PhrasableKinds = [AnswerKind.Figures, AnswerKind.Comparison, AnswerKind.Ranking];

    /// <summary>
    /// The request for an answer, or null when the template must stand: no figure found, help, source lists,
    /// refusals, and computed lines (a total) that no fact states.
    /// </summary>
    public static PhrasingRequest? For(string question, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        var items = answer.Sections.SelectMany(s => s.Items).ToList();
        if (!answer.Answered || !PhrasableKinds.Contains(answer.Kind) || items.Any(i => i.Figure is not null && i.Facts.Count == 0))
        {
            return null;
        }

        var headline = items.FirstOrDefault(i => i.Figure is not null && i.Facts.Any(f => f.Amount is not null))?.Facts.First(f => f.Amount is not null);
        if (headline is null)
        {
            return null;
        }

        var language = answer.Language;
        var book = PhraseBooks.Default.For(language);
        var phrases = book.Answers;
        var facts = answer.Facts.Select((fact, index) =>
        {
            var source = answer.Sources.First(s => s.Source.Id == fact.SourceId);
            return new PhrasingFact(
                $"F{index + 1}",
                fact.Id,
                fact.Statement.In(language),
                fact.Amount is { } amount ? book.Figures.Format(amount) : null,
                PeriodFormatter.Format(fact.Period, language, book.Periods),
                source.Source.Publisher ?? source.Source.Title ?? phrases.SourceLine(source.Source),
                source.Number,
                fact.Amount,
                fact.Period);
        }).ToList();
        return new PhrasingRequest(question, language, facts, facts.First(f => f.FactId == headline.Id).Key);
    }

    /// <summary>The fact a key names, or null for a key the request does not have.</summary>
    public PhrasingFact? Find(string key) => Facts.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));
}
