namespace ChatBot.Core.Retrieval;

/// <summary>
/// Whether a word from a question names a word in an article sentence, allowing inflection
/// ("Kanada" → "kanadischen", "Trump" → "Trumps") but not mere prefixes ("Intel" ≠ "Intelligenz").
/// Both sides are folded (<see cref="Text.TextFolding"/>).
/// </summary>
internal static class WordMatching
{
    private static readonly string[] Suffixes =
        ["s", "n", "e", "en", "es", "er", "ern", "a", "isch", "ische", "ischen", "ischer", "isches", "ian", "ians", "ier", "iern", "ns"];

    public static bool Matches(string questionWord, string articleWord)
    {
        if (questionWord == articleWord)
        {
            return true;
        }

        var stem = questionWord.Length >= 5 && "aeiouy".Contains(questionWord[^1], StringComparison.Ordinal) ? questionWord[..^1] : questionWord;
        if (!articleWord.StartsWith(stem, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = articleWord.AsSpan(stem.Length);
        foreach (var suffix in Suffixes)
        {
            if (rest.SequenceEqual(suffix))
            {
                return true;
            }
        }

        return rest.IsEmpty;
    }
}
