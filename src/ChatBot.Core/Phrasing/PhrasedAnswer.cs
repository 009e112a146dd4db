using ChatBot.Core.Answers;

namespace ChatBot.Core.Phrasing;

/// <summary>
/// An answer with its optional phrasing: <see cref="Text"/> is the checked model reply with citations turned into the
/// template's source numbers, or null when the template stands (<see cref="Fallback"/> says why).
/// </summary>
public sealed record PhrasedAnswer(Answer Template, string? Text, PhrasingFallback? Fallback)
{
    public bool IsPhrased => Text is not null;

    public static PhrasedAnswer Unphrased(Answer template, PhrasingFallback reason = PhrasingFallback.NotPhrasable) => new(template, null, reason);
}
