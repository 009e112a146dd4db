namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>
/// Top-level lists (the facts of a big file) are split at their items and parsed on all cores. Nothing in the
/// supported subset spans lines, so a line that starts with "- " at the list's indentation always starts an item,
/// and each chunk of items parses exactly as it would in one pass over the whole list.
/// </summary>
internal sealed partial class FastYamlParser
{
    // Small enough that a chunk's nodes are garbage before the next collection, big enough to be worth a task.
    private const int ItemsPerChunk = 256;

    private YamlValue? ParseTopLevelSequence(int column, int depth)
    {
        var line = _line;
        var starts = new List<(int Offset, int Line)>();
        do
        {
            starts.Add((_lineStart, _line));
            do
            {
                AdvanceToContent();
            }
            while (!AtEnd && _indent > column);
        }
        while (!AtEnd && _indent == column && IsDash(_lineStart + column));

        // The list ends before the line it stopped at, which the last chunk must not include.
        var end = AtEnd ? _end : _lineStart - 1;
        var text = _text;
        var list = new YamlChunkedList(line, (starts.Count + ItemsPerChunk - 1) / ItemsPerChunk, chunk =>
        {
            var (offset, chunkLine) = starts[chunk * ItemsPerChunk];
            var next = (chunk + 1) * ItemsPerChunk;
            var parser = new FastYamlParser(text, offset, next < starts.Count ? starts[next].Offset - 1 : end, chunkLine, isWholeDocument: false);
            parser.SkipToContent();
            var items = parser.ParseSequenceItems(column, depth);
            return parser.AtEnd ? items : null;
        });

        if (_keepsTopLevelListsChunked)
        {
            return list;
        }

        return list.TryReadChunks(items => items, out var chunks) ? new YamlList([.. chunks.SelectMany(items => items)], line) : null;
    }
}
