using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.KnowledgeFiles;
using ChatBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.KnowledgeFiles;

public sealed class ReloadingKnowledgeProviderTests : IDisposable
{
    private static readonly KnowledgeReloadOptions Options = new()
    {
        DebounceDelay = TimeSpan.FromMilliseconds(500),
        FallbackInterval = TimeSpan.FromSeconds(30),
    };

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly List<KnowledgeRejection> _rejections = [];
    private readonly string _folder;
    private readonly string _file;
    private readonly ReloadingKnowledgeProvider _provider;

    public ReloadingKnowledgeProviderTests()
    {
        _folder = _temp.CopyCuratedKnowledge();
        _file = Path.Combine(_folder, "sources", "frankreich-ki-us-techriesen.yaml");
        _provider = ReloadingKnowledgeProvider.Open(_folder, _time, Options, _rejections.Add).Provider!;
    }

    public void Dispose()
    {
        _provider.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void NotifyChanged_QuietForTheDebounceDelay_TakesTheEditInForce()
    {
        SetAmazon2025(123);

        _provider.NotifyChanged();
        _time.Advance(TimeSpan.FromMilliseconds(499));
        var before = Amazon2025();
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(100m, before);
        Assert.Equal(123m, Amazon2025());
        Assert.Equal(2, _provider.Status.Version);
        Assert.Equal(_time.GetUtcNow(), _provider.Status.LoadedAt);
    }

    [Fact]
    public void NotifyChanged_RapidSuccessiveSaves_ReadsOnlyTheFinishedFile()
    {
        var versions = new List<decimal?>();
        _provider.Changed += (_, next, _) => versions.Add(next.FindFact("amazon-capex-2025")?.Amount?.Min);
        var finished = File.ReadAllText(_file);

        File.WriteAllText(_file, "");
        _provider.NotifyChanged();
        _time.Advance(TimeSpan.FromMilliseconds(300));
        File.WriteAllText(_file, finished[..(finished.Length / 3)]);
        _provider.NotifyChanged();
        _time.Advance(TimeSpan.FromMilliseconds(300));
        SetAmazon2025(123, finished);
        _provider.NotifyChanged();
        _time.Advance(TimeSpan.FromMilliseconds(500));

        Assert.Equal([123m], versions);
        Assert.Empty(_rejections);
    }

    [Fact]
    public void Reload_BrokenEdit_KeepsLastGoodVersionAndStatusSaysWhereAndWhy()
    {
        File.WriteAllText(_file, File.ReadAllText(_file).Replace("    subject: amazon\n", "    subject: amazonas\n", StringComparison.Ordinal));

        var result = _provider.Reload(confirmRemovals: false);

        Assert.Equal(KnowledgeReloadOutcome.Rejected, result.Outcome);
        Assert.Equal(100m, Amazon2025());
        var rejection = _provider.Status.LastRejection!;
        Assert.Equal(_time.GetUtcNow(), rejection.At);
        Assert.Contains(rejection.Errors, e => e.File == _file && e.FactId == "amazon-capex-2025" && e.Line == 50 && e.Message == "unknown subject 'amazonas'");
        Assert.Single(_rejections);
    }

    [Fact]
    public void Reload_SameRejectedContentSeenAgain_IsNotReportedTwice()
    {
        File.WriteAllText(_file, "facts: [broken");

        _provider.Reload(confirmRemovals: false);
        _time.Advance(Options.FallbackInterval);
        var again = _provider.Reload(confirmRemovals: false);

        Assert.Equal(KnowledgeReloadOutcome.Rejected, again.Outcome);
        Assert.Single(_rejections);
    }

    [Fact]
    public void Reload_FixedEditWithTheSameModificationTime_IsPickedUpByContent()
    {
        var stamp = File.GetLastWriteTimeUtc(_file);
        var good = File.ReadAllText(_file);
        File.WriteAllText(_file, good.Replace("kind: capex", "kind: kapex", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(_file, stamp);
        _provider.Reload(confirmRemovals: false);

        SetAmazon2025(123, good);
        File.SetLastWriteTimeUtc(_file, stamp);
        var result = _provider.Reload(confirmRemovals: false);

        Assert.Equal(KnowledgeReloadOutcome.Loaded, result.Outcome);
        Assert.Equal(123m, Amazon2025());
        Assert.Null(_provider.Status.LastRejection);
    }

    [Fact]
    public void Reload_HalfWrittenFileDroppingManyFacts_WaitsForConfirmationAndListsThem()
    {
        var full = File.ReadAllText(_file);
        var cut = full.IndexOf("  - id: microsoft-fy2025-ai-datacenters-002", StringComparison.Ordinal);
        File.WriteAllText(_file, full[..cut]);

        var refused = _provider.Reload(confirmRemovals: false);
        var confirmed = _provider.Reload(confirmRemovals: true);

        Assert.Equal(KnowledgeReloadOutcome.NeedsConfirmation, refused.Outcome);
        Assert.Contains("microsoft-fy2025-ai-datacenters-002", refused.RemovedFactIds);
        Assert.DoesNotContain("amazon-capex-2025", refused.RemovedFactIds);
        Assert.Equal(KnowledgeReloadOutcome.Loaded, confirmed.Outcome);
        Assert.Null(_provider.Current.FindFact("microsoft-fy2025-ai-datacenters-002"));
    }

    [Fact]
    public void Reload_HalfWrittenFileNotConfirmed_KeepsAnsweringFromFullVersion()
    {
        var facts = _provider.Current.Facts.Count;
        File.WriteAllText(_file, File.ReadAllText(_file)[..2000]);

        _provider.NotifyChanged();
        _time.Advance(Options.DebounceDelay);

        Assert.Equal(facts, _provider.Current.Facts.Count);
        Assert.NotNull(_provider.Status.LastRejection);
    }

    [Fact]
    public void NotifyChanged_FileDeletedAndRecreatedWithinTheDelay_ChangesNothing()
    {
        var content = File.ReadAllBytes(_file);

        File.Delete(_file);
        _provider.NotifyChanged();
        _time.Advance(TimeSpan.FromMilliseconds(200));
        File.WriteAllBytes(_file, content);
        _provider.NotifyChanged();
        _time.Advance(Options.DebounceDelay);

        Assert.Equal(1, _provider.Status.Version);
        Assert.Empty(_rejections);
    }

    [Fact]
    public void FallbackTimer_EditWithoutAnyFileEvent_IsPickedUp()
    {
        _provider.StartWatching();
        SetAmazon2025(123);

        _time.Advance(Options.FallbackInterval);

        Assert.Equal(123m, Amazon2025());
    }

    [Fact]
    public void Reload_OneFileEdited_ReportsOnlyThatFileAsChanged()
    {
        IReadOnlyList<string>? changed = null;
        _provider.Changed += (_, _, files) => changed = files;
        SetAmazon2025(123);

        _provider.Reload(confirmRemovals: false);

        Assert.Equal([_file], changed);
    }

    [Fact]
    public async Task StartWatching_FileSavedOnDisk_ReloadsWithoutBeingAsked()
    {
        using var provider = ReloadingKnowledgeProvider.Open(_folder, TimeProvider.System, Options with { DebounceDelay = TimeSpan.FromMilliseconds(50) }, _ => { }).Provider!;
        var reloaded = new TaskCompletionSource<KnowledgeBase>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Changed += (_, next, _) => reloaded.TrySetResult(next);
        provider.StartWatching();

        SetAmazon2025(123);

        var next = await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(123m, next.FindFact("amazon-capex-2025")!.Amount!.Min);
    }

    [Fact]
    public async Task Ask_QuestionStormDuring100Reloads_EveryAnswerComesFromOneWholeVersion()
    {
        var engine = new AnswerEngine(_provider, new QuestionParser(_time));
        var original = File.ReadAllText(_file);
        using var stop = new CancellationTokenSource();
        using var started = new CountdownEvent(2);
        var askers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var answers = new List<string>();
            do
            {
                answers.Add(PlainTextRenderer.Render(engine.Ask("How much does Amazon invest in 2025?")));
                if (answers.Count == 1)
                {
                    started.Signal();
                }
            }
            while (!stop.IsCancellationRequested);

            return answers;
        })).ToList();
        Assert.True(started.Wait(TimeSpan.FromSeconds(30)), "the askers did not start");

        for (var i = 0; i < 100; i++)
        {
            SetAmazon2025(i % 2 == 0 ? 123 : 100, original);
            Assert.True(_provider.Reload(confirmRemovals: false).Succeeded);
        }

        await stop.CancelAsync();
        var all = (await Task.WhenAll(askers)).SelectMany(a => a).ToList();
        Assert.NotEmpty(all);
        Assert.All(all, answer => Assert.True(
            answer.Contains("$100 billion", StringComparison.Ordinal) ^ answer.Contains("$123 billion", StringComparison.Ordinal), answer));
        Assert.Equal(101, _provider.Status.Version);
    }

    private decimal? Amazon2025() => _provider.Current.FindFact("amazon-capex-2025")?.Amount?.Min;

    private void SetAmazon2025(int value, string? from = null)
    {
        var text = (from ?? File.ReadAllText(_file))
            .Replace("{ value: 100, currency: USD, scale: billion, qualifier: more_than }", $"{{ value: {value}, currency: USD, scale: billion, qualifier: more_than }}", StringComparison.Ordinal)
            .Replace("über 100 Mrd.", $"über {value} Mrd.", StringComparison.Ordinal)
            .Replace("than $100 billion in 2025", $"than ${value} billion in 2025", StringComparison.Ordinal)
            .Replace("über 100 Milliarden Dollar, im Vorjahr", $"über {value} Milliarden Dollar, im Vorjahr", StringComparison.Ordinal);
        File.WriteAllText(_file, text);
    }
}
