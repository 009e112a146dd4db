namespace ChatBot.Core.Phrasing;

/// <summary>Splits folded text into tokens with positions; whitespace only separates.</summary>
internal static class ReplyTokenizer
{
    public static List<ReplyToken> Tokenize(string folded)
    {
        var tokens = new List<ReplyToken>(folded.Length / 4);
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            var start = i;
            if (char.IsDigit(c))
            {
                // Inner '.' and ',' belong to the number ("1.000,5"); a trailing one ends the sentence.
                while (i < folded.Length && (char.IsDigit(folded[i]) || (folded[i] is '.' or ',' && i + 1 < folded.Length && char.IsDigit(folded[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new ReplyToken(ReplyTokenKind.Digits, start, i - start));
            }
            else if (char.IsLetter(c))
            {
                while (i < folded.Length && char.IsLetter(folded[i]))
                {
                    i++;
                }

                tokens.Add(new ReplyToken(ReplyTokenKind.Word, start, i - start));
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                var kind = c switch
                {
                    '$' or '€' or '£' or '¥' or '%' => ReplyTokenKind.Sign,
                    '-' => ReplyTokenKind.Dash,
                    _ => ReplyTokenKind.Punctuation,
                };
                tokens.Add(new ReplyToken(kind, start, 1));
                i++;
            }
        }

        return tokens;
    }
}
