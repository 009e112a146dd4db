namespace ChatBot.Core.Understanding;

/// <summary>The reasons a text cannot be a question.</summary>
public enum QuestionRefusalReason
{
    Empty,
    TooLong,
    ControlCharacter,
}
