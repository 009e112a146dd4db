namespace ChatBot.Core.Understanding;

/// <summary>
/// Rejects input no question can be: empty, longer than <see cref="MaxLength"/> characters, or with control
/// characters (other than line breaks and tabs, which are treated as spaces).
/// </summary>
public static class QuestionGuard
{
    public const int MaxLength = 1000;

    /// <summary>Null when the question is acceptable, otherwise a one-line reason for the user.</summary>
    public static string? Check(string? question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return "The question is empty.";
        }

        if (question.Length > MaxLength)
        {
            return $"The question is too long ({question.Length} characters; at most {MaxLength}).";
        }

        foreach (var c in question)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return $"The question contains a control character (U+{(int)c:X4}).";
            }
        }

        return null;
    }
}
