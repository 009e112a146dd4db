using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.KnowledgeFiles;

/// <summary>
/// Loads the knowledge at a path (a file or a folder) again and again, re-reading only the files whose content
/// changed: each file is identified by a hash of its bytes, never by its modification time, which editors and
/// coarse file systems leave unchanged. Not thread-safe; its owner serialises calls.
/// </summary>
internal sealed class KnowledgeFileSet(string path)
{
    private Dictionary<string, (string Hash, KnowledgeFilePart Part)> _parts = new(StringComparer.Ordinal);

    public string Path { get; } = path;

    public bool IsFolder => Directory.Exists(Path);

    /// <summary>Reads every file and parses the changed ones; the whole knowledge is merged and validated on first use of the result.</summary>
    public KnowledgeFileSetLoad Load()
    {
        var folder = IsFolder;
        var files = KnowledgeFolder.Files(Path);
        var parts = new Dictionary<string, (string Hash, KnowledgeFilePart Part)>(files.Count, StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var file in files)
        {
            var (bytes, failure) = TextFileReader.ReadBytes(file);
            var hash = bytes is null ? "unreadable" : HashOf(bytes);
            if (bytes is not null && _parts.TryGetValue(file, out var known) && known.Hash == hash)
            {
                parts[file] = known;
                continue;
            }

            changed.Add(file);
            var content = failure ?? TextFileReader.Decode(bytes);
            parts[file] = (hash, content.Text is { } text
                ? KnowledgeLoader.ReadPart(text, file, partOfFolder: folder)
                : KnowledgeFilePart.Unreadable(file, $"the knowledge file {content.Error}", content.ErrorLine));
        }

        changed.AddRange(_parts.Keys.Where(file => !parts.ContainsKey(file)));
        _parts = parts;
        KnowledgeFilePart[] ordered = [.. files.Select(f => parts[f].Part)];
        var path = Path;
        return new KnowledgeFileSetLoad(
            () => files.Count == 0
                ? new KnowledgeLoadResult(null, [new KnowledgeError(path, 1, null, "the knowledge folder holds no *.yaml file")])
                : KnowledgeLoader.Merge(ordered, path),
            ordered,
            parts.ToDictionary(p => p.Key, p => p.Value.Hash, StringComparer.Ordinal),
            changed);
    }

    /// <summary>The content hash files are compared by.</summary>
    public static string HashOf(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    // As File.ReadAllText: UTF-8 unless a byte order mark says otherwise.
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
