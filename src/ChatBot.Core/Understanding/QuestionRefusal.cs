namespace ChatBot.Core.Understanding;

/// <summary>
/// Why <see cref="QuestionGuard"/> refused a text, as data: the user's phrase book words it
/// (<see cref="Answers.AnswerPhrases.Refusal"/>), so a German user is not refused in English.
/// </summary>
/// <param name="Reason">What is wrong with the text.</param>
/// <param name="Length">For <see cref="QuestionRefusalReason.TooLong"/>: the length in text elements, or null when the text was too long to count.</param>
/// <param name="CodePoint">For <see cref="QuestionRefusalReason.ControlCharacter"/>: the offending character.</param>
public sealed record QuestionRefusal(QuestionRefusalReason Reason, int? Length = null, int CodePoint = 0);
