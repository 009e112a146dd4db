namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>
/// A top-level list of a document whose items have been located but not parsed yet: they are parsed chunk by
/// chunk, in parallel, while they are read, so the nodes of a big file never all exist at once.
/// </summary>
internal sealed class YamlChunkedList(int line, int chunkCount, Func<int, YamlList?> parseChunk) : YamlValue(line)
{
    /// <summary>
    /// Parses every chunk and passes its items to <paramref name="read"/>, on several threads at once; the results
    /// are in chunk order. False when a chunk leaves the fast parser's subset, which the caller must then give up.
    /// </summary>
    public bool TryReadChunks<T>(Func<IReadOnlyList<YamlValue>, T> read, out T[] results)
    {
        var chunks = new T[chunkCount];
        var failed = false;
        Parallel.For(0, chunkCount, (chunk, loop) =>
        {
            if (parseChunk(chunk) is { } items)
            {
                chunks[chunk] = read(items.Items);
            }
            else
            {
                Volatile.Write(ref failed, true);
                loop.Stop();
            }
        });

        results = failed ? [] : chunks;
        return !failed;
    }
}
