using System.Runtime.CompilerServices;

namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>A mapping, block or flow, keeping its keys in written order. Keys are unique.</summary>
internal sealed class YamlMap : YamlValue
{
    // Knowledge mappings have about ten keys, where a linear search beats hashing; big ones get an index.
    private const int IndexFrom = 16;

    private readonly YamlEntry[] _entries;
    private readonly Dictionary<string, int>? _index;

    private YamlMap(YamlEntry[] entries, Dictionary<string, int>? index, int line)
        : base(line)
    {
        _entries = entries;
        _index = index;
    }

    public IReadOnlyList<YamlEntry> Entries => _entries;

    /// <summary>
    /// The mapping of <paramref name="entries"/>, or null when a key repeats: YAML forbids that, and the
    /// first repeated entry is then in <paramref name="duplicate"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static YamlMap? TryCreate(YamlEntry[] entries, int line, out YamlEntry duplicate)
    {
        ArgumentNullException.ThrowIfNull(entries);
        duplicate = default;
        Dictionary<string, int>? index = null;
        if (entries.Length < IndexFrom)
        {
            for (var i = 1; i < entries.Length; i++)
            {
                if (IndexIn(entries, i, entries[i].Key) >= 0)
                {
                    duplicate = entries[i];
                    return null;
                }
            }
        }
        else
        {
            index = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
            for (var i = 0; i < entries.Length; i++)
            {
                if (!index.TryAdd(entries[i].Key, i))
                {
                    duplicate = entries[i];
                    return null;
                }
            }
        }

        return new YamlMap(entries, index, line);
    }

    /// <summary>The value under <paramref name="key"/>, or null when the mapping has no such key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public YamlValue? Find(string key)
    {
        var at = _index is null ? IndexIn(_entries, _entries.Length, key) : _index.GetValueOrDefault(key, -1);
        return at < 0 ? null : _entries[at].Value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int IndexIn(YamlEntry[] entries, int count, string key)
    {
        for (var i = 0; i < count; i++)
        {
            // Keys are mostly the parser's shared strings, so the reference check inside == usually decides.
            if (entries[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}
