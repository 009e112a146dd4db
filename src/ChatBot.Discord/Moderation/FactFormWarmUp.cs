using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Discord.Moderation;

/// <summary>
/// Builds the amount and period scanners' compiled expressions when the bot starts, in the background: cold, they
/// take seconds on a small machine, and a moderator's first form submit must be answered within Discord's 3 seconds.
/// </summary>
public sealed class FactFormWarmUp : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            FigureScanner.ParseAmount("rund 80 Mrd. US-Dollar", Language.German);
            PeriodScanner.ParsePeriod("Q1 2025");
        },
        stoppingToken);
}
