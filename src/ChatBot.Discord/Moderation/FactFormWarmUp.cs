using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Discord.Moderation;

/// <summary>
/// Builds the amount and period scanners' compiled expressions in the background when a moderator opens a fact form:
/// cold, they take seconds on a small machine, and the form's submit must be answered within Discord's 3 seconds.
/// The moderator's typing covers the cost; a bot nobody moderates never pays it.
/// </summary>
public sealed class FactFormWarmUp
{
    private readonly Lazy<Task> _warm = new(() => Task.Run(() =>
    {
        FigureScanner.ParseAmount("rund 80 Mrd. US-Dollar", Language.German);
        PeriodScanner.ParsePeriod("Q1 2025");
    }));

    /// <summary>Starts warming once; returns at once.</summary>
    public void Begin() => _ = _warm.Value;
}
