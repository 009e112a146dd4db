namespace ChatBot.Core.Phrasing;

internal enum ReplyTokenKind
{
    Digits,
    Word,
    Sign,
    Dash,
    Punctuation,
}
