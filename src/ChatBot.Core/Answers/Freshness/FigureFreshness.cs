namespace ChatBot.Core.Answers.Freshness;

/// <summary>
/// How current an answer line's figure is: the newest published date among the sources behind the line, and
/// whether a newer source states a figure for the same subject, kind and period in the same answer section.
/// </summary>
/// <param name="AsOf">The newest published date of the line's sources.</param>
/// <param name="Older">True when a newer figure for the same subject and period is shown before this one.</param>
/// <param name="Note">The note renderers show, in the answer's language ("Stand: 15. Januar 2025").</param>
public sealed record FigureFreshness(DateOnly AsOf, bool Older, string Note);
