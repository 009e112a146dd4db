namespace ChatBot.Core.Answers;

public enum AnswerKind
{
    Figures,
    Comparison,
    Ranking,
    Total,
    SourceList,
    SubjectList,
    NoFigure,
    Clarification,
    Help,
    Greeting,

    /// <summary>A figure computed from stated facts (difference, sum, share…), inputs cited.</summary>
    Computed,
}
