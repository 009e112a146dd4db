using System.Globalization;
using ChatBot.Core.Knowledge.Editing;
using Microsoft.Data.Sqlite;

namespace ChatBot.KnowledgeFiles.Audit;

/// <summary>
/// The audit log in an embedded SQLite database in the data directory: created on first use, migrated to the current
/// schema on open, in WAL mode so the bot's readers never wait for a writer, with a busy timeout for several processes.
/// </summary>
internal sealed class SqliteKnowledgeAuditLog : IKnowledgeAuditLog
{
    public const string FileName = "audit.sqlite";
    private const int BusyTimeoutMilliseconds = 5000;
    private const string Done = "done";
    private const string PendingState = "pending";
    private readonly string _connectionString;

    private SqliteKnowledgeAuditLog(string databasePath) =>
        _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();

    /// <summary>Opens (creating the directory and database if needed) and migrates up to <paramref name="schemaVersion"/>, by default the newest.</summary>
    public static SqliteKnowledgeAuditLog Open(string dataDirectory, int? schemaVersion = null)
    {
        Directory.CreateDirectory(dataDirectory);
        var log = new SqliteKnowledgeAuditLog(Path.Combine(dataDirectory, FileName));
        log.Migrate(schemaVersion ?? AuditSchema.Version);
        return log;
    }

    public int SchemaVersion()
    {
        using var connection = Connect();
        return Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
    }

    public KnowledgeChange Append(KnowledgeChange change) => Insert(change, Done);

    public KnowledgeChange Begin(KnowledgeChange change) => Insert(change, PendingState);

    public void Complete(long id) => SetState(id, Done);

    public void Abandon(long id) => SetState(id, "abandoned");

    public IReadOnlyList<KnowledgeChange> Pending() =>
        [.. Query("WHERE state = 'pending'", _ => { }, int.MaxValue).AsEnumerable().Reverse()];

    public bool AppendUnlessRecorded(KnowledgeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var connection = Connect();
        // BEGIN IMMEDIATE: the check and the insert hold the database's write lock, so a second process watching the
        // same folder sees the first one's record and skips.
        using var transaction = connection.BeginTransaction(deferred: false);
        using var latest = connection.CreateCommand();
        latest.Transaction = transaction;
        latest.CommandText = "SELECT new_yaml IS $new FROM changes WHERE fact_id = $fact AND state <> 'abandoned' ORDER BY id DESC LIMIT 1;";
        latest.Parameters.AddWithValue("$fact", change.FactId);
        latest.Parameters.AddWithValue("$new", (object?)change.NewYaml ?? DBNull.Value);
        if (latest.ExecuteScalar() is long same && same == 1)
        {
            return false;
        }

        Insert(connection, transaction, change, Done);
        transaction.Commit();
        return true;
    }

    private KnowledgeChange Insert(KnowledgeChange change, string state)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var connection = Connect();
        return Insert(connection, null, change, state);
    }

    private static KnowledgeChange Insert(SqliteConnection connection, SqliteTransaction? transaction, KnowledgeChange change, string state)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO changes (at, platform, user_id, display_name, action, fact_id, file, old_yaml, new_yaml, reason, undo_of, state)
            VALUES ($at, $platform, $user, $name, $action, $fact, $file, $old, $new, $reason, $undo, $state)
            RETURNING id;
            """;
        command.Parameters.AddWithValue("$state", state);
        command.Parameters.AddWithValue("$at", change.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$platform", change.Actor.Platform);
        command.Parameters.AddWithValue("$user", change.Actor.UserId);
        command.Parameters.AddWithValue("$name", change.Actor.DisplayName);
        command.Parameters.AddWithValue("$action", change.Action.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue("$fact", change.FactId);
        command.Parameters.AddWithValue("$file", change.File);
        command.Parameters.AddWithValue("$old", (object?)change.OldYaml ?? DBNull.Value);
        command.Parameters.AddWithValue("$new", (object?)change.NewYaml ?? DBNull.Value);
        command.Parameters.AddWithValue("$reason", (object?)change.Reason ?? DBNull.Value);
        command.Parameters.AddWithValue("$undo", (object?)change.UndoOf ?? DBNull.Value);
        var id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return change with { Id = id };
    }

    public KnowledgeChange? Find(long id) => Query("WHERE state = 'done' AND id = $id", command => command.Parameters.AddWithValue("$id", id), 1).FirstOrDefault();

    public IReadOnlyList<KnowledgeChange> History(string? factId, int limit) => factId is null
        ? Query("WHERE state = 'done'", _ => { }, limit)
        : Query("WHERE state = 'done' AND fact_id = $fact", command => command.Parameters.AddWithValue("$fact", factId), limit);

    public int Count(string factId)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM changes WHERE state = 'done' AND fact_id = $fact;";
        command.Parameters.AddWithValue("$fact", factId);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void SetState(long id, string state)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE changes SET state = $state WHERE id = $id;";
        command.Parameters.AddWithValue("$state", state);
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    private List<KnowledgeChange> Query(string where, Action<SqliteCommand> bind, int limit)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT id, at, platform, user_id, display_name, action, fact_id, file, old_yaml, new_yaml, reason, undo_of
            FROM changes {where} ORDER BY id DESC LIMIT $limit;
            """;
        bind(command);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var changes = new List<KnowledgeChange>();
        while (reader.Read())
        {
            changes.Add(new KnowledgeChange(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                new EditActor(reader.GetString(2), reader.GetString(3), reader.GetString(4)),
                Enum.Parse<KnowledgeChangeAction>(reader.GetString(5), ignoreCase: true),
                reader.GetString(6),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetInt64(11)));
        }

        return changes;
    }

    private void Migrate(int target)
    {
        using var connection = Connect();
        Scalar(connection, "PRAGMA journal_mode = WAL;");
        using var transaction = connection.BeginTransaction();
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;", transaction), CultureInfo.InvariantCulture);
        if (current > AuditSchema.Version)
        {
            throw new InvalidOperationException($"the audit database has schema version {current}, newer than this program's {AuditSchema.Version}");
        }

        for (var version = current; version < target; version++)
        {
            Scalar(connection, AuditSchema.Migrations[version], transaction);
        }

        Scalar(connection, $"PRAGMA user_version = {Math.Max(current, target)};", transaction);
        transaction.Commit();
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Scalar(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
