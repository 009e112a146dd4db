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
}
