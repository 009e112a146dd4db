namespace ChatBot.Core.Answers;

/// <summary>
/// What an answer is, written to <c>ask --json</c> as <c>kind</c> in snake case. The README's contract lists every
/// member; <c>total</c> was dropped because sums are <see cref="Computed"/> answers.
/// </summary>
public enum AnswerKind
{
    Figures,
    Comparison,
    Ranking,
    SourceList,
    SubjectList,
    NoFigure,
    Clarification,
    Help,
    Greeting,

    /// <summary>A figure computed from stated facts (difference, sum, share…), inputs cited.</summary>
    Computed,
}
