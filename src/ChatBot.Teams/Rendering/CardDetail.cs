namespace ChatBot.Teams.Rendering;

/// <summary>How much of an answer a card shows; lowered step by step until the message fits Teams' size limit.</summary>
/// <param name="Quotes">Whether the verbatim quotes are in the card (they are the largest part).</param>
/// <param name="MaxItems">At most this many answer lines.</param>
/// <param name="MaxSources">At most this many sources.</param>
internal sealed record CardDetail(bool Quotes, int MaxItems, int MaxSources)
{
    public static CardDetail Full { get; } = new(true, int.MaxValue, int.MaxValue);
}
