using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// An answer as data: localized text pieces plus the facts and sources behind them. Each platform renders it
/// its own way (plain text, Discord embeds, Teams cards); no figure appears that is not in <see cref="Facts"/>.
/// </summary>
public sealed record Answer(
    Query Query,
    AnswerKind Kind,
    bool Answered,
    string Headline,
    IReadOnlyList<string> Lead,
    IReadOnlyList<AnswerSection> Sections,
    IReadOnlyList<string> Notes,
    IReadOnlyList<CitedSource> Sources)
{
    public Language Language => Query.Language;

    /// <summary>Every fact the answer uses, in the order it shows them.</summary>
    public IReadOnlyList<Fact> Facts { get; } = [.. Sections.SelectMany(s => s.Items).SelectMany(i => i.Facts).Distinct()];

    /// <summary>Figures computed from the facts (first the one asked for); empty when nothing was computed.</summary>
    public IReadOnlyList<ComputedFigure> Computed { get; init; } = [];

    /// <summary>The citation number of a source in this answer.</summary>
    public int? NumberOf(string sourceId) => Sources.FirstOrDefault(s => s.Source.Id == sourceId)?.Number;
}
