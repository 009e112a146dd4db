using System.Diagnostics;
using System.Text;
using ChatBot.KnowledgeFiles;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.KnowledgeFiles;

/// <summary>
/// Loads the curated folder with hundreds of mutated copies of its largest file through the same path serve and chat use. Every load must end
/// in a snapshot or in errors – one short line each – within a time and allocation bound; a crash, a hang or a stack
/// overflow (which would end the test run) fails it. Seeded, so a failure reproduces.
/// </summary>
public class KnowledgeFileFuzzTests
{
    private const int Seed = 20261130;
    private const int Mutations = 240;

    // Far above what any of these inputs needs (the curated file loads in milliseconds); only a runaway load reaches it.
    private static readonly TimeSpan MaxLoadTime = TimeSpan.FromSeconds(20);
    private const long MaxAllocatedBytes = 1L << 30;

    // The largest file of the curated folder: one article's source entry and its facts.
    private static readonly string MutatedFile = System.IO.Path.Combine("sources", "frankreich-ki-us-techriesen.yaml");

    private static readonly byte[] Curated = File.ReadAllBytes(System.IO.Path.Combine(RepositoryFiles.CuratedKnowledge, MutatedFile));

    [Fact]
    public void Load_MutatedFiles_EndInSnapshotOrShortErrorsWithinBounds()
    {
        var random = new Random(Seed);
        using var temp = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.CuratedKnowledge, "*.yaml", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(temp.Path, System.IO.Path.GetRelativePath(RepositoryFiles.CuratedKnowledge, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var path = System.IO.Path.Combine(temp.Path, MutatedFile);
        var outcomes = new Dictionary<string, int>();

        for (var i = 0; i < Mutations; i++)
        {
            var (name, bytes) = Mutate(random);
            File.WriteAllBytes(path, bytes);
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var clock = Stopwatch.StartNew();

            var result = KnowledgeFile.Load(temp.Path);

            clock.Stop();
            var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
            var what = $"mutation {i} ({name})";
            Assert.True(clock.Elapsed < MaxLoadTime, $"{what} took {clock.Elapsed}");
            Assert.True(allocated < MaxAllocatedBytes, $"{what} allocated {allocated:N0} bytes");
            Assert.True(result.Succeeded != (result.Errors.Count > 0), $"{what}: a load must give a snapshot or errors");
            Assert.All(result.Errors, error =>
            {
                var line = error.ToString();
                Assert.True(line.Length < 1000, $"{what}: error line of {line.Length} characters");
                Assert.DoesNotContain('\n', line);
                Assert.DoesNotContain('\u001b', line);
            });
            outcomes[name + (result.Succeeded ? " ok" : " errors")] = outcomes.GetValueOrDefault(name + (result.Succeeded ? " ok" : " errors")) + 1;
        }

        // The mutations must reach the validator, not only the file reader: some loads fail late, some survive.
        Assert.Contains(outcomes.Keys, key => key.EndsWith(" ok", StringComparison.Ordinal));
        Assert.True(outcomes.Where(o => o.Key.EndsWith(" errors", StringComparison.Ordinal)).Sum(o => o.Value) > Mutations / 2);
    }

    private static (string Name, byte[] Bytes) Mutate(Random random)
    {
        var bytes = Curated;
        return random.Next(10) switch
        {
            0 => ("truncated", bytes[..random.Next(bytes.Length)]),
            1 => ("byte flips", FlipBytes(bytes, random, random.Next(1, 12))),
            2 => ("deep nesting", Insert(bytes, random, Repeat(random.GetItems<string>(["[", "{", "{a: ", "- ", "[\"]]\", ", "? "], 1)[0], random.Next(150, 60_000)))),
            3 => ("huge scalar", Insert(bytes, random, "x" + new string('y', random.Next(100_000, 1_500_000)))),
            4 => ("invalid encoding", Insert(bytes, random, random.GetItems<byte[]>([[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]], 1)[0])),
            5 => ("utf-16", Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes))),
            6 => ("lines shuffled", ShuffleLines(bytes, random)),
            7 => ("control or document marker", Insert(bytes, random, random.GetItems<string>(["\u001b[2J", "\0", "\n---\n", "\n...\n", "\u0085", "\t", "\r", "&a ", "*a ", "!!binary "], 1)[0])),
            8 => ("indentation shifted", ShiftIndentation(bytes, random)),
            _ => ("line removed", RemoveLine(bytes, random)),
        };
    }

    private static byte[] FlipBytes(byte[] source, Random random, int count)
    {
        var bytes = (byte[])source.Clone();
        for (var i = 0; i < count; i++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    private static byte[] Insert(byte[] source, Random random, string text) => Insert(source, random, Encoding.UTF8.GetBytes(text));

    private static byte[] Insert(byte[] source, Random random, byte[] insert)
    {
        var at = random.Next(source.Length);
        return [.. source.AsSpan(0, at), .. insert, .. source.AsSpan(at)];
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string[] Lines(byte[] bytes) => Encoding.UTF8.GetString(bytes).Split('\n');

    private static byte[] Join(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    private static byte[] ShuffleLines(byte[] bytes, Random random)
    {
        var lines = Lines(bytes);
        var a = random.Next(lines.Length);
        var b = random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return Join(lines);
    }

    private static byte[] ShiftIndentation(byte[] bytes, Random random)
    {
        var lines = Lines(bytes);
        var at = random.Next(lines.Length);
        lines[at] = random.Next(2) == 0 ? "  " + lines[at] : lines[at].TrimStart();
        return Join(lines);
    }

    private static byte[] RemoveLine(byte[] bytes, Random random)
    {
        var lines = Lines(bytes).ToList();
        lines.RemoveAt(random.Next(lines.Count));
        return Join(lines);
    }
}
