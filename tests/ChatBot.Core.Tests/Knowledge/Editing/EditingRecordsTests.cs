using ChatBot.Core.Knowledge.Editing;

namespace ChatBot.Core.Tests.Knowledge.Editing;

public sealed class EditingRecordsTests
{
    private static readonly EditActor Moderator = new("discord", "42", "Ada");

    [Fact]
    public void EditActor_File_IsAHandEdit()
    {
        Assert.Equal("a hand edit of the file", EditActor.File.ToString());
        Assert.Equal(new EditActor("file", "file", "file"), EditActor.File);
    }

    [Fact]
    public void EditActor_Person_IsNamedWithThePlatform()
    {
        Assert.Equal("Ada (discord)", Moderator.ToString());
    }

    [Fact]
    public void EditResult_Failed_HasTheErrorsAndIsNoConflict()
    {
        var result = KnowledgeEditResult.Failed("a", "b");

        Assert.Equal(["a", "b"], result.Errors);
        Assert.False(result.Succeeded);
        Assert.False(result.IsConflict);
    }

    [Fact]
    public void EditResult_WithChange_Succeeded()
    {
        var result = new KnowledgeEditResult(Change(1), []);

        Assert.True(result.Succeeded);
        Assert.False(result.IsConflict);
    }

    [Fact]
    public void EditResult_CurrentVersionWithoutChange_IsAConflict()
    {
        var result = new KnowledgeEditResult(null, ["changed meanwhile"], new FactSnapshot("a", "k.yaml", 3, "id: a\n", "v2"));

        Assert.True(result.IsConflict);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void EditResult_ChangeAndCurrentVersion_IsNoConflict()
    {
        var result = new KnowledgeEditResult(Change(1), [], new FactSnapshot("a", "k.yaml", 3, "id: a\n", "v2"));

        Assert.False(result.IsConflict);
    }

    [Fact]
    public void AuditLog_DefaultTwoPhaseMethods_AppendAtOnceAndHaveNothingPending()
    {
        IKnowledgeAuditLog log = new ListLog();

        var begun = log.Begin(Change(0));
        log.Complete(begun.Id);
        log.Abandon(begun.Id);

        Assert.Equal(1, begun.Id);
        Assert.Single(log.History("a", 10));
        Assert.Empty(log.Pending());
    }

    [Fact]
    public void AuditLog_AppendUnlessRecorded_SkipsARepeatOfTheLastChange()
    {
        IKnowledgeAuditLog log = new ListLog();

        Assert.True(log.AppendUnlessRecorded(Change(0, newYaml: "id: a\nkind: capex\n")));
        Assert.False(log.AppendUnlessRecorded(Change(0, newYaml: "id: a\nkind: capex\n")));
        Assert.True(log.AppendUnlessRecorded(Change(0, newYaml: "id: a\nkind: deal\n")));
        Assert.True(log.AppendUnlessRecorded(Change(0, newYaml: "id: a\nkind: capex\n")));
        Assert.True(log.AppendUnlessRecorded(Change(0, factId: "b", newYaml: "id: a\nkind: capex\n")));

        Assert.Equal(3, log.Count("a"));
        Assert.Equal(1, log.Count("b"));
    }

    [Fact]
    public void AuditLog_AppendUnlessRecorded_Null_Throws()
    {
        IKnowledgeAuditLog log = new ListLog();

        Assert.Throws<ArgumentNullException>(() => log.AppendUnlessRecorded(null!));
    }

    private static KnowledgeChange Change(long id, string factId = "a", string? newYaml = "id: a\n") =>
        new(id, DateTimeOffset.UnixEpoch, Moderator, KnowledgeChangeAction.Edit, factId, "k.yaml", null, newYaml, null, null);

    // Implements only what a log must; the two-phase and repeat-check methods are the interface's defaults.
    private sealed class ListLog : IKnowledgeAuditLog
    {
        private readonly List<KnowledgeChange> _changes = [];

        public KnowledgeChange Append(KnowledgeChange change)
        {
            var stored = change with { Id = _changes.Count + 1 };
            _changes.Add(stored);
            return stored;
        }

        public KnowledgeChange? Find(long id) => _changes.FirstOrDefault(c => c.Id == id);

        public IReadOnlyList<KnowledgeChange> History(string? factId, int limit) =>
            [.. _changes.Where(c => factId is null || c.FactId == factId).Reverse().Take(limit)];

        public int Count(string factId) => _changes.Count(c => c.FactId == factId);
    }
}
