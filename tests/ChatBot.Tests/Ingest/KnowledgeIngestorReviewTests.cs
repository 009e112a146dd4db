using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Ingest;
using ChatBot.KnowledgeFiles;
using ChatBot.KnowledgeFiles.Audit;
using ChatBot.KnowledgeFiles.Editing;
using ChatBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Ingest;

/// <summary>Review fact by fact: approve some and keep the rest, skip, approve a corrected fact, read the draft again.</summary>
public sealed class KnowledgeIngestorReviewTests : IDisposable
{
    private const string Article = """
        Zentauris baut KI-Rechenzentren in Bayern

        Der Chipkonzern Zentauris AG will im Geschäftsjahr 2026 rund 12 Milliarden Euro in KI-Rechenzentren investieren. Über 30 Prozent davon fließen in Bayern.

        Die Pläne gelten als ehrgeizig, sagen Beobachter aus der Branche.
        """;

    private static readonly EditActor Mia = new("discord", "1001", "Mia");
    private readonly TempDirectory _temp = new();
    private readonly string _folder;
    private readonly SqliteKnowledgeAuditLog _audit;
    private readonly FileKnowledgeEditor _editor;
    private readonly KnowledgeIngestor _ingestor;

    public KnowledgeIngestorReviewTests()
    {
        _folder = _temp.CopyCuratedKnowledge();
        _audit = SqliteKnowledgeAuditLog.Open(Path.Combine(_temp.Path, "data"));
        _editor = new FileKnowledgeEditor(_folder, _audit, new FakeTimeProvider(), _ => { });
        _ingestor = new KnowledgeIngestor(_folder);
        _ingestor.Ingest(new ArticleInput(Article, "test"), new IngestRequest("zb", "Zentauris baut", null, new DateOnly(2026, 2, 1)), Knowledge());
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Review_FreshDraft_ProposalsWithConfidenceAndTheSourceDescription()
    {
        var review = _ingestor.Review("zb", out var error)!;

        Assert.Equal("", error);
        Assert.Equal(("Zentauris baut", new DateOnly(2026, 2, 1)), (review.Title, review.Published));
        Assert.Equal(["zentauris-12bneur", "zentauris-30pct"], review.Proposals.Select(p => p.Id));
        Assert.All(review.Proposals, p => Assert.InRange(p.Confidence!.Value, 0.01, 1));
        Assert.StartsWith("id: zentauris-12bneur\n", review.Proposals[0].Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproveSome_OneFact_AddedAuditedAndTheOtherStaysForLater()
    {
        var outcome = _ingestor.ApproveSome("zb", ["zentauris-12bneur"], _editor, Mia);
        var rest = _ingestor.Review("zb", out _)!;
        var later = _ingestor.ApproveSome("zb", ["zentauris-30pct"], _editor, Mia);

        Assert.True(outcome.Succeeded);
        Assert.Equal(["zentauris-12bneur"], outcome.Added);
        Assert.Equal(["zentauris-30pct"], rest.Proposals.Select(p => p.Id));
        Assert.Equal(["zentauris-30pct"], later.Added);
        Assert.False(File.Exists(Path.Combine(_folder, "drafts", "zb.yaml")));
        Assert.Equal(["zentauris-30pct", "zentauris-12bneur"], _audit.History(null, 10).Select(c => c.FactId));
        Assert.All(_audit.History(null, 10), c => Assert.Equal("Mia", c.Actor.DisplayName));
        Assert.NotNull(Knowledge().FindFact("zentauris-30pct"));
    }

    [Fact]
    public void ApproveEdited_CorrectedKind_TheCorrectionIsWrittenNotTheProposal()
    {
        var yaml = System.Text.RegularExpressions.Regex.Replace(_ingestor.Review("zb", out _)!.Proposals[0].Yaml, "(?m)^kind: .*$", "kind: budget");

        var outcome = _ingestor.ApproveEdited("zb", "zentauris-12bneur", yaml, _editor, Mia);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        Assert.Equal(FactKind.Budget, Knowledge().FindFact("zentauris-12bneur")!.Kind);
        Assert.Equal(["zentauris-30pct"], _ingestor.Review("zb", out _)!.Proposals.Select(p => p.Id));
    }

    [Fact]
    public void ApproveEdited_InvalidCorrection_RefusedAndNothingWritten()
    {
        var before = Snapshot();

        var outcome = _ingestor.ApproveEdited("zb", "zentauris-12bneur", "id: zentauris-12bneur\nsubject: nobody\n", _editor, Mia);

        Assert.False(outcome.Succeeded);
        Assert.Empty(outcome.Added);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Skip_EveryFact_DraftAndArchivedArticleGoneAndKnowledgeUnchanged()
    {
        var sources = Directory.GetFiles(Path.Combine(_folder, "sources")).Length;

        Assert.Null(_ingestor.Skip("zb", "zentauris-30pct"));
        var rest = _ingestor.Review("zb", out _)!;
        Assert.Null(_ingestor.Skip("zb", "zentauris-12bneur"));

        Assert.Equal(["zentauris-12bneur"], rest.Proposals.Select(p => p.Id));
        Assert.False(File.Exists(Path.Combine(_folder, "drafts", "zb.yaml")));
        Assert.False(File.Exists(Path.Combine(_folder, "articles", "zb.txt")));
        Assert.Equal(sources, Directory.GetFiles(Path.Combine(_folder, "sources")).Length);
    }

    [Fact]
    public void Skip_UnknownFactOrDraft_ReasonAndDraftUnchanged()
    {
        var draft = File.ReadAllText(Path.Combine(_folder, "drafts", "zb.yaml"));

        Assert.Equal("the draft has no fact 'nope'", _ingestor.Skip("zb", "nope"));
        Assert.Equal("there is no draft for 'other' ('knowledge drafts' lists them)", _ingestor.Skip("other", "x"));
        Assert.Equal(draft, File.ReadAllText(Path.Combine(_folder, "drafts", "zb.yaml")));
    }

    [Fact]
    public void Approve_CommandLineAfterAPartialReview_ContinuesIntoTheSameSource()
    {
        _ingestor.ApproveSome("zb", ["zentauris-12bneur"], _editor, Mia);

        var outcome = _ingestor.Approve("zb", [], [], _editor, Mia);

        Assert.Equal(["zentauris-30pct"], outcome.Added);
        Assert.NotNull(Knowledge().FindFact("zentauris-12bneur"));
    }

    private KnowledgeBase Knowledge() => KnowledgeFile.LoadFrom(_folder, _temp.Path).Knowledge!;

    private string[] Snapshot() =>
        [.. Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal).Select(f => f + "\n" + File.ReadAllText(f))];
}
