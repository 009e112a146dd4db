using ChatBot.Core.Knowledge.Editing;
using ChatBot.KnowledgeFiles.Audit;
using ChatBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ChatBot.Tests.KnowledgeFiles.Audit;

public sealed class SqliteKnowledgeAuditLogTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public void Open_NoDataDirectory_CreatesItWithTheNewestSchemaInWalMode()
    {
        var data = Path.Combine(_temp.Path, "data");

        var log = SqliteKnowledgeAuditLog.Open(data);

        Assert.True(File.Exists(Path.Combine(data, SqliteKnowledgeAuditLog.FileName)));
        Assert.Equal(AuditSchema.Version, log.SchemaVersion());
        Assert.Equal("wal", Pragma(data, "journal_mode"));
        Assert.Empty(log.History(null, 10));
    }

    [Fact]
    public void Append_ThenReopen_GivesTheChangesNewestFirst()
    {
        var data = Path.Combine(_temp.Path, "data");
        var log = SqliteKnowledgeAuditLog.Open(data);
        var first = log.Append(Change("a", KnowledgeChangeAction.Add, null, "- id: a\n"));
        var second = log.Append(Change("a", KnowledgeChangeAction.Edit, "- id: a\n", "- id: a # x\n") with { UndoOf = first.Id, Reason = "why" });
        log.Append(Change("b", KnowledgeChangeAction.Remove, "- id: b\n", null));

        var reopened = SqliteKnowledgeAuditLog.Open(data);

        Assert.Equal([second, first], reopened.History("a", 10));
        Assert.Equal(3, reopened.History(null, 10).Count);
        Assert.Equal(second, reopened.Find(second.Id));
        Assert.Equal(2, reopened.Count("a"));
        Assert.Null(reopened.Find(999));
    }

    [Fact]
    public void Open_OlderSchemaWithRecords_MigratesAndKeepsThem()
    {
        var data = Path.Combine(_temp.Path, "data");
        SqliteKnowledgeAuditLog.Open(data, schemaVersion: 1);
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, SqliteKnowledgeAuditLog.FileName)}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO changes (at, platform, user_id, display_name, action, fact_id, file, old_yaml, new_yaml, reason)
                VALUES ('2026-11-01T10:00:00.0000000Z', 'cli', 'ben', 'Ben', 'add', 'a', 'k.yaml', NULL, '- id: a', NULL);
                """;
            command.ExecuteNonQuery();
        }

        var log = SqliteKnowledgeAuditLog.Open(data);

        Assert.Equal(AuditSchema.Version, log.SchemaVersion());
        var change = Assert.Single(log.History("a", 10));
        Assert.Equal((new EditActor("cli", "ben", "Ben"), new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), (long?)null), (change.Actor, change.At, change.UndoOf));
    }

    [Fact]
    public void Open_SchemaNewerThanTheProgram_IsRefused()
    {
        var data = Path.Combine(_temp.Path, "data");
        SqliteKnowledgeAuditLog.Open(data);
        Pragma(data, $"user_version = {AuditSchema.Version + 1}");

        Assert.Throws<InvalidOperationException>(() => SqliteKnowledgeAuditLog.Open(data));
    }

    private static KnowledgeChange Change(string fact, KnowledgeChangeAction action, string? old, string? @new) =>
        new(0, At, new EditActor("discord", "1", "Anna"), action, fact, "k/sources/x.yaml", old, @new, null, null);

    private static string? Pragma(string data, string pragma)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, SqliteKnowledgeAuditLog.FileName)}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return command.ExecuteScalar()?.ToString();
    }
}
