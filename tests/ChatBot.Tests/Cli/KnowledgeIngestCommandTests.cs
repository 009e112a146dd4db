using System.Security.Cryptography;
using ChatBot.Cli;
using ChatBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Cli;

/// <summary>knowledge ingest|drafts|approve|reject through the real command line on a copy of the curated knowledge.</summary>
public sealed class KnowledgeIngestCommandTests : IDisposable
{
    private const string Article = """
        Zentauris baut KI-Rechenzentren in Bayern

        Der Chipkonzern Zentauris AG will im Geschäftsjahr 2026 rund 12 Milliarden Euro in KI-Rechenzentren investieren. Über 30 Prozent davon fließen in Bayern.

        Die Pläne gelten als ehrgeizig, sagen Beobachter aus der Branche.
        """;

    private readonly TempDirectory _temp = new();
    private readonly string _folder;

    public KnowledgeIngestCommandTests()
    {
        _folder = _temp.CopyCuratedKnowledge();
        Directory.CreateDirectory(Path.Combine(_folder, "articles"));
        foreach (var article in Directory.EnumerateFiles(Path.Combine(RepositoryFiles.CuratedKnowledge, "articles")))
        {
            File.Copy(article, Path.Combine(_folder, "articles", Path.GetFileName(article)));
        }
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void IngestApprove_NewGermanArticle_FactsProposedApprovedAuditedAndAnswered()
    {
        var article = _temp.Write("zentauris.txt", Article);

        var (ingestExit, ingestOut, ingestError) = Run("knowledge", "ingest", article, "--source-id", "zentauris-bayern", "--title", "Zentauris baut", "--published", "2026-02-01");
        var (_, draftsOut, _) = Run("knowledge", "drafts");
        var (approveExit, approveOut, approveError) = Run("knowledge", "approve", "zentauris-bayern", "--as", "Mia");
        var (_, answer, _) = Run("ask", "Wie viel investiert Zentauris 2026?");
        var (quotesExit, _, quotesError) = Run("knowledge", "check-quotes", "--articles", Path.Combine(_folder, "articles"));
        var (_, history, _) = Run("knowledge", "history");

        Assert.True(ingestExit == 0, ingestError);
        Assert.Contains("zentauris-12bneur: zentauris, rund 12 Mrd. Euro, Geschäftsjahr 2026", ingestOut, StringComparison.Ordinal);
        Assert.Contains("zentauris-bayern  2 proposed facts (0 duplicates)", draftsOut, StringComparison.Ordinal);
        Assert.True(approveExit == 0, approveError);
        Assert.Contains("approved 2 facts", approveOut, StringComparison.Ordinal);
        Assert.Contains("12", answer, StringComparison.Ordinal);
        Assert.True(quotesExit == 0, quotesError);
        Assert.Contains("Mia (cli)  add zentauris-12bneur", history, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "drafts", "zentauris-bayern.yaml")));
        var source = File.ReadAllText(Path.Combine(_folder, "sources", "zentauris-bayern.yaml"));
        Assert.Contains($"sha256: {Hash(Path.Combine(_folder, "articles", "zentauris-bayern.txt"))}", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_OnlyOneFact_AddsThatFactAndSkipsTheOther()
    {
        Run("knowledge", "ingest", _temp.Write("zentauris.txt", Article), "--source-id", "zb", "--published", "2026-02-01");

        var (exit, output, error) = Run("knowledge", "approve", "zb", "--skip", "zentauris-30pct");

        Assert.True(exit == 0, error);
        Assert.Contains("approved 1 facts from 'zb' (zentauris-12bneur); skipped 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_SameTextTwice_SecondIsRefusedWithPointerToTheFirst()
    {
        var article = _temp.Write("zentauris.txt", Article);
        Run("knowledge", "ingest", article, "--source-id", "first");

        var (exit, _, error) = Run("knowledge", "ingest", article, "--source-id", "second");

        Assert.Equal(1, exit);
        Assert.Equal("error: this article text was already ingested: knowledge/articles/first.txt (a draft awaiting review)\n", error);
    }

    [Fact]
    public void Ingest_CuratedArticleAgain_IsRefusedWithItsSource()
    {
        var (exit, _, error) = Run("knowledge", "ingest", Path.Combine(_folder, "articles", "004_f47eca70d9bbefb2.txt"));

        Assert.Equal(1, exit);
        Assert.StartsWith("error: this article text was already ingested: source 'ki-infrastruktur-ausgaben-155-mrd'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.txt", "", "error: the article is empty")]
    [InlineData("nav.html", "<html><body><nav><p>Start</p></nav></body></html>", "error: the page has no article text")]
    [InlineData("french.txt", "Le groupe va investir 80 milliards de dollars dans les centres de données cette année, selon le journal.", "error: the article is in none of the languages that can be ingested (de, en)")]
    [InlineData("nofigures.txt", "Die Stimmung in der Branche ist gut, sagen Experten. Viele wollen mehr investieren.", "error: the article states no figures")]
    public void Ingest_BadArticle_OneLineErrorAndNothingWritten(string name, string content, string expected)
    {
        var before = Snapshot();

        var (exit, _, error) = Run("knowledge", "ingest", _temp.Write(name, content));

        Assert.Equal(1, exit);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("--source-id", "frankreich-ki-us-techriesen", "error: source id 'frankreich-ki-us-techriesen' already exists")]
    [InlineData("--source-id", "Bad Id", "error: source id 'Bad Id' must be")]
    [InlineData("--published", "last week", "error: --published must be a date YYYY-MM-DD")]
    [InlineData("--language", "fr", "error: --language must be de or en")]
    public void Ingest_BadOption_OneLineErrorAndNothingWritten(string option, string value, string expected)
    {
        var article = _temp.Write("zentauris.txt", Article);
        var before = Snapshot();

        var (exit, _, error) = Run("knowledge", "ingest", article, option, value);

        Assert.Equal(1, exit);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Ingest_BinaryAndOversizedFiles_AreRefused()
    {
        var binary = Path.Combine(_temp.Path, "image.png");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);
        var huge = Path.Combine(_temp.Path, "huge.txt");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var before = Snapshot();

        Assert.Equal("error: the file is binary, not text or HTML\n", Run("knowledge", "ingest", binary).Error);
        Assert.Equal("error: the article is 50 MB; the limit is 5 MB\n", Run("knowledge", "ingest", huge).Error);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/null")]
    public void Ingest_DeviceFile_RefusedWithoutReadingIt(string device)
    {
        Assert.True(File.Exists(device), $"{device} is expected on the Linux test machines");
        var before = Snapshot();

        var (exit, _, error) = Run("knowledge", "ingest", device);

        // /dev/zero was once read until memory ran out, with a stack trace instead of an error line.
        Assert.Equal(1, exit);
        Assert.Equal("error: the article is empty, or not a regular file (a device, pipe or socket)\n", error);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Approve_DraftEditedIntoInvalidYaml_RefusedAndKnowledgeUnchanged()
    {
        Run("knowledge", "ingest", _temp.Write("zentauris.txt", Article), "--source-id", "zb");
        var draft = Path.Combine(_folder, "drafts", "zb.yaml");
        File.WriteAllText(draft, File.ReadAllText(draft).Replace("    subject: zentauris", "    subject: [zentauris", StringComparison.Ordinal));
        var before = Snapshot();

        var (exit, _, error) = Run("knowledge", "approve", "zb");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: the draft knowledge/drafts/zb.yaml is not valid: ", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Reject_Draft_RemovesDraftAndArchivedArticle()
    {
        Run("knowledge", "ingest", _temp.Write("zentauris.txt", Article), "--source-id", "zb");

        var (exit, output, _) = Run("knowledge", "reject", "zb");

        Assert.Equal(0, exit);
        Assert.Contains("rejected the draft for 'zb'", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "drafts", "zb.yaml")));
        Assert.False(File.Exists(Path.Combine(_folder, "articles", "zb.txt")));
    }

    [Fact]
    public void Stale_DatedAndUndatedSources_ListsTheOldAndUndatedOnly()
    {
        Run("knowledge", "ingest", _temp.Write("zentauris.txt", Article), "--source-id", "zb", "--published", "2026-02-19");
        Run("knowledge", "approve", "zb");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

        var (exit, output) = RunAt(clock, "knowledge", "stale", "--older-than", "30");
        var (_, all) = RunAt(clock, "knowledge", "stale", "--older-than", "5");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("zentauris-12bneur", output, StringComparison.Ordinal);
        Assert.Contains("amazon-capex-2025  frankreich-ki-us-techriesen  undated", output, StringComparison.Ordinal);
        Assert.Contains("zentauris-12bneur  zb  published ", all, StringComparison.Ordinal);
        Assert.Contains("(10 days ago)", all, StringComparison.Ordinal);
    }

    private (int ExitCode, string Out, string Error) Run(params string[] args) =>
        CliRun.RunIn(_temp.Path, "", [.. args, "--knowledge", _folder]);

    private (int ExitCode, string Out) RunAt(TimeProvider clock, params string[] args)
    {
        var output = new StringWriter();
        var exit = ChatBotCli.Run([.. args, "--knowledge", _folder], new CliContext(new StringReader(""), output, new StringWriter(), _temp.Path, clock));
        return (exit, output.ToString());
    }

    private string Snapshot() => string.Join('\n', Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(path => $"{Path.GetRelativePath(_folder, path)} {Hash(path)}"));

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
