using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ChatBot.Core.Text;

namespace ChatBot.Core.Understanding;

/// <summary>
/// The one door question text enters the engine through: rejects input no question can be (empty, longer than
/// <see cref="MaxLength"/> characters, control characters other than line breaks and tabs) and writes the digits
/// of every script as ASCII digits, so nothing behind it meets a digit it cannot parse.
/// </summary>
public static class QuestionGuard
{
    /// <summary>The longest question in user-perceived characters (text elements: an emoji or "é" counts once).</summary>
    public const int MaxLength = 1000;

    // One text element can hold any number of combining marks; this bounds the UTF-16 length as well, so a
    // "character" of a million marks is refused before anything reads it.
    private const int MaxUtf16Length = MaxLength * 8;

    /// <summary>Null when the question is acceptable, otherwise why not (worded by the user's phrase book).</summary>
    public static QuestionRefusal? Check(string? question) => TryAccept(question, out _, out var refusal) ? null : refusal;

    /// <summary>
    /// True with the text to answer (digits folded to ASCII) when the question is acceptable; otherwise false with
    /// the reason, which the user's phrase book words in one line.
    /// </summary>
    public static bool TryAccept(string? question, [NotNullWhen(true)] out string? accepted, [NotNullWhen(false)] out QuestionRefusal? refusal)
    {
        accepted = null;
        refusal = Refusal(question);
        if (refusal is not null)
        {
            return false;
        }

        accepted = DigitFolding.ToAscii(question!);
        return true;
    }

    private static QuestionRefusal? Refusal(string? question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return new QuestionRefusal(QuestionRefusalReason.Empty);
        }

        if (question.Length > MaxUtf16Length)
        {
            return new QuestionRefusal(QuestionRefusalReason.TooLong);
        }

        var length = new StringInfo(question).LengthInTextElements;
        if (length > MaxLength)
        {
            return new QuestionRefusal(QuestionRefusalReason.TooLong, length);
        }

        foreach (var c in question)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return new QuestionRefusal(QuestionRefusalReason.ControlCharacter, CodePoint: c);
            }
        }

        return null;
    }
}
