namespace ChatBot.Core.Answers.Freshness;

/// <inheritdoc/>
public sealed class GermanFreshnessPhrases : IFreshnessPhrases
{
    private static readonly string[] Months =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    /// <inheritdoc/>
    public string AsOf(DateOnly date) => $"Stand: {Date(date)}";

    /// <inheritdoc/>
    public string OlderFigure(DateOnly date) => $"ältere Angabe vom {Date(date)}";

    private static string Date(DateOnly date) => $"{date.Day}. {Months[date.Month - 1]} {date.Year}";
}
