namespace ChatBot.Core.Understanding;

/// <summary>
/// Where a question's clauses meet: for each token (split as <see cref="Text.Tokenizer"/> splits folded text),
/// whether a comma, semicolon, colon, question or exclamation mark, bracket or a free-standing dash stands right
/// before it. The tokenizer drops punctuation, yet "nicht Meta, Amazon 2025?" negates Meta only: a negation,
/// like a name of several words, never reaches across such a mark.
/// </summary>
internal static class ClauseBreaks
{
    public static bool[] Before(string foldedText, int tokenCount)
    {
        ArgumentNullException.ThrowIfNull(foldedText);
        var breaks = new bool[tokenCount];
        var index = -1;
        var inWord = false;
        var pending = false;
        for (var i = 0; i < foldedText.Length; i++)
        {
            if (char.IsLetterOrDigit(foldedText[i]))
            {
                if (!inWord)
                {
                    index++;
                    if (index < tokenCount)
                    {
                        breaks[index] = pending && index > 0;
                    }

                    pending = false;
                    inWord = true;
                }

                continue;
            }

            inWord = false;
            pending |= IsBreak(foldedText, i);
        }

        return breaks;
    }

    // A hyphen joins words ("KI-Budget", "Septemberdeal-"); one with a space beside it is a dash ("Microsoft – Alphabet").
    // A comma between digits is a decimal comma ("2,5").
    private static bool IsBreak(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return text[i] switch
        {
            ',' => !(char.IsDigit(before) && char.IsDigit(after)),
            ';' or ':' or '?' or '!' or '(' or ')' => true,
            '-' => char.IsWhiteSpace(before) || char.IsWhiteSpace(after),
            _ => false,
        };
    }
}
