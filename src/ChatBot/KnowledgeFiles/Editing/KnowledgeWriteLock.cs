namespace ChatBot.KnowledgeFiles.Editing;

/// <summary>
/// Serialises writers of one knowledge, in this process and across processes sharing the folder: an exclusive lock
/// on a hidden lock file next to the knowledge, held while an edit reads, validates and writes.
/// </summary>
internal sealed class KnowledgeWriteLock : IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(20);
    private readonly FileStream _stream;

    private KnowledgeWriteLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file for the knowledge at <paramref name="knowledgePath"/>, a folder or a file.</summary>
    public static string PathFor(string knowledgePath) => Directory.Exists(knowledgePath)
        ? Path.Combine(knowledgePath, ".chatbot-write.lock")
        : Path.Combine(Path.GetDirectoryName(knowledgePath)!, $".{Path.GetFileName(knowledgePath)}.lock");

    /// <summary>Waits up to <paramref name="timeout"/> for the lock; null when another writer holds it that long.</summary>
    public static KnowledgeWriteLock? Acquire(string knowledgePath, TimeSpan timeout, TimeProvider time)
    {
        var path = PathFor(knowledgePath);
        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            try
            {
                return new KnowledgeWriteLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (time.GetUtcNow() < deadline)
            {
                // Another writer holds the lock; edits take milliseconds, so waiting briefly is enough.
                Thread.Sleep(RetryDelay);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
