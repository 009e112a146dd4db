namespace ChatBot.KnowledgeFiles.Audit;

/// <summary>
/// The audit database's schema as an ordered list of migrations; <c>PRAGMA user_version</c> records how many have
/// run. Append new steps, never edit old ones: databases in the field run exactly the steps they have not seen.
/// </summary>
internal static class AuditSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            platform TEXT NOT NULL,
            user_id TEXT NOT NULL,
            display_name TEXT NOT NULL,
            action TEXT NOT NULL,
            fact_id TEXT NOT NULL,
            file TEXT NOT NULL,
            old_yaml TEXT,
            new_yaml TEXT,
            reason TEXT
        );
        """,
        """
        ALTER TABLE changes ADD COLUMN undo_of INTEGER REFERENCES changes(id);
        CREATE INDEX changes_by_fact ON changes (fact_id, id);
        """,
        """
        ALTER TABLE changes ADD COLUMN state TEXT NOT NULL DEFAULT 'done';
        """,
    ];

    public static int Version => Migrations.Count;
}
