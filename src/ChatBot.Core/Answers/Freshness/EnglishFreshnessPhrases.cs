namespace ChatBot.Core.Answers.Freshness;

/// <inheritdoc/>
public sealed class EnglishFreshnessPhrases : IFreshnessPhrases
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <inheritdoc/>
    public string AsOf(DateOnly date) => $"as of {Date(date)}";

    /// <inheritdoc/>
    public string OlderFigure(DateOnly date) => $"older figure from {Date(date)}";

    private static string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";
}
