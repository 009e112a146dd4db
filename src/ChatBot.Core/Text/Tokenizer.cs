namespace ChatBot.Core.Text;

/// <summary>Splits folded text into word and number tokens; hyphens and apostrophes separate words.</summary>
public static class Tokenizer
{
    public static IReadOnlyList<string> Tokenize(string foldedText)
    {
        ArgumentNullException.ThrowIfNull(foldedText);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= foldedText.Length; i++)
        {
            var isWordChar = i < foldedText.Length && char.IsLetterOrDigit(foldedText[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                tokens.Add(foldedText[start..i]);
                start = -1;
            }
        }

        return tokens;
    }
}
