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

    /// <summary>Reads every file, parses the changed ones, and merges and validates the whole knowledge.</summary>
    public KnowledgeFileSetLoad Load()
    {
        var folder = IsFolder;
        var files = KnowledgeFolder.Files(Path);
        var parts = new Dictionary<string, (string Hash, KnowledgeFilePart Part)>(files.Count, StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var file in files)
        {
            var (bytes, error) = KnowledgeFile.ReadBytes(file);
            var hash = bytes is null ? "unreadable" : Convert.ToHexString(SHA256.HashData(bytes));
            if (bytes is not null && _parts.TryGetValue(file, out var known) && known.Hash == hash)
            {
                parts[file] = known;
                continue;
            }

            changed.Add(file);
            parts[file] = (hash, bytes is null
                ? KnowledgeFilePart.Unreadable(file, error!)
                : KnowledgeLoader.ReadPart(Decode(bytes), file, partOfFolder: folder));
        }

        changed.AddRange(_parts.Keys.Where(file => !parts.ContainsKey(file)));
        _parts = parts;
        KnowledgeFilePart[] ordered = [.. files.Select(f => parts[f].Part)];
        var result = files.Count == 0
            ? new KnowledgeLoadResult(null, [new KnowledgeError(Path, 1, null, "the knowledge folder holds no *.yaml file")])
            : KnowledgeLoader.Merge(ordered, Path);
        return new KnowledgeFileSetLoad(result, ordered, parts.ToDictionary(p => p.Key, p => p.Value.Hash, StringComparer.Ordinal), changed);
    }

    // As File.ReadAllText: UTF-8 unless a byte order mark says otherwise.
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
