namespace ChatBot.Core.Phrasing;

/// <summary>A piece of folded text: a digit run, a word, a currency or percent sign, a dash, or other punctuation.</summary>
internal readonly record struct ReplyToken(ReplyTokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}
