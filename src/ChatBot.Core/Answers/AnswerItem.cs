using ChatBot.Core.Answers.Freshness;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>
/// One line of an answer: usually one figure (backed by one or more facts that state the same figure in
/// different articles), or a plain text line without a figure.
/// </summary>
/// <param name="Label">What the line is about when the answer covers several subjects ("Amazon").</param>
/// <param name="Figure">The formatted figure, or null for a line without one.</param>
/// <param name="Period">The formatted period of the figure.</param>
/// <param name="Text">The statement in the answer's language.</param>
/// <param name="Facts">The facts behind the line.</param>
/// <param name="SourceNumbers">Citation numbers into <see cref="Answer.Sources"/>.</param>
/// <param name="ShowQuotes">Whether renderers should show the verbatim quotes inline.</param>
public sealed record AnswerItem(
    string? Label,
    string? Figure,
    string? Period,
    string Text,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<int> SourceNumbers,
    bool ShowQuotes = false)
{
    /// <summary>When the line's figure was published ("as of"), null for an undated source or a line without a figure.</summary>
    public FigureFreshness? Freshness { get; init; }
}
