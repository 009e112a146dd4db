namespace ChatBot.Core.Answers.Freshness;

/// <summary>How an answer says when its figures were published, in one language.</summary>
public interface IFreshnessPhrases
{
    /// <summary>The note on a figure from a dated source: "Stand: 15. Januar 2025" / "as of 15 January 2025".</summary>
    string AsOf(DateOnly date);

    /// <summary>
    /// The note on a figure a newer source has superseded for the same subject and period:
    /// "ältere Angabe vom 3. März 2024" / "older figure from 3 March 2024".
    /// </summary>
    string OlderFigure(DateOnly date);
}
