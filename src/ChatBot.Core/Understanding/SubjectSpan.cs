using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Understanding;

/// <summary>Where a question names a subject: the first token and the number of tokens of the name.</summary>
internal readonly record struct SubjectSpan(int Start, int Length, Subject Subject)
{
    public int End => Start + Length;
}
