using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

public class KnowledgeCommandTests
{
    private const string Knowledge = """
        version: 1
        sources:
          - id: a1
            title: Acme baut aus
            publisher: null
            published: null
            url: null
            file: acme.txt
        subjects:
          - id: acme
            name: Acme
            kind: company
            aliases: []
        facts:
          - id: acme-2025
            subject: acme
            kind: capex
            amount: { value: 12, currency: USD, scale: billion }
            period: { year: 2025 }
            statement: { de: Acme investiert 12 Mrd. US-Dollar., en: Acme invests $12 billion. }
            source: a1
            quote: "Acme will 2025 zwölf Milliarden Dollar investieren."
          - id: acme-2024
            subject: acme
            kind: capex
            amount: { value: 9, currency: USD, scale: billion }
            period: { year: 2024 }
            statement: { de: Acme investierte 9 Mrd. US-Dollar., en: Acme invested $9 billion. }
            source: a1
            quote: "Im Vorjahr waren es 9 Milliarden Dollar."
        """;

    [Fact]
    public void Validate_CuratedFile_Ok()
    {
        var (exitCode, output, _) = CliRun.Run("knowledge", "validate");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("OK:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FolderWithSingleFileCopy_BothValidate()
    {
        using var temp = new TempDirectory();
        var folder = temp.CopyCuratedKnowledge();
        var single = temp.Write("single.yaml", Knowledge);

        var (folderExit, folderOut, _) = CliRun.Run("knowledge", "validate", folder);
        var (singleExit, singleOut, _) = CliRun.Run("knowledge", "validate", single);

        Assert.Equal((0, 0), (folderExit, singleExit));
        Assert.StartsWith($"OK: {folder}: 5 sources", folderOut, StringComparison.Ordinal);
        Assert.StartsWith($"OK: {single}: 1 sources", singleOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FolderWithBrokenSourceFile_NamesThatFileLineAndFact()
    {
        using var temp = new TempDirectory();
        var folder = temp.CopyCuratedKnowledge();
        var file = Path.Combine(folder, "sources", "ki-infrastruktur-ausgaben-155-mrd.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("    subject: eu\n", "    subject: eu-x\n", StringComparison.Ordinal));

        var (exitCode, _, error) = CliRun.Run("knowledge", "validate", folder);

        Assert.Equal(1, exitCode);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(file)}:[0-9]+: fact 'eu-ai-act-in-force': unknown subject 'eu-x'", error);
    }

    [Fact]
    public void Validate_BrokenFile_ListsAllErrorsWithLineAndFactIdAndFails()
    {
        using var temp = new TempDirectory();
        var broken = Knowledge.Replace("currency: USD, scale: billion }\n    period: { year: 2025 }", "currency: XYZ, scale: billion }\n    period: { year: 2025 }", StringComparison.Ordinal)
            .Replace("source: a1\n    quote: \"Im Vorjahr", "source: a9\n    quote: \"Im Vorjahr", StringComparison.Ordinal);
        var path = temp.Write("k.yaml", broken);

        var (exitCode, _, error) = CliRun.Run("knowledge", "validate", path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{path}:18: fact 'acme-2025': unknown currency 'XYZ'", error, StringComparison.Ordinal);
        Assert.Contains($"fact 'acme-2024': unknown source 'a9'", error, StringComparison.Ordinal);
        Assert.Contains("2 error(s).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckQuotes_AllVerbatim_Ok()
    {
        using var temp = new TempDirectory();
        var knowledge = temp.Write("k.yaml", Knowledge);
        Directory.CreateDirectory(Path.Combine(temp.Path, "articles"));
        temp.Write("articles/acme.txt", "Acme baut aus\n\nAcme will 2025 zwölf  Milliarden Dollar\ninvestieren. Im Vorjahr waren es 9 Milliarden Dollar.");

        var (exitCode, output, error) = CliRun.RunIn(temp.Path, string.Empty, "knowledge", "check-quotes", "--knowledge", knowledge, "--articles", "articles");

        Assert.True(exitCode == 0, error);
        Assert.Contains("all 2 quotes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckQuotes_AlteredQuoteAndMissingArticle_ListsEveryMismatch()
    {
        using var temp = new TempDirectory();
        var knowledge = temp.Write("k.yaml", Knowledge);
        Directory.CreateDirectory(Path.Combine(temp.Path, "articles"));
        temp.Write("articles/acme.txt", "Acme will 2025 elf Milliarden Dollar investieren. Im Vorjahr waren es 9 Milliarden Dollar.");

        var (exitCode, _, error) = CliRun.RunIn(temp.Path, string.Empty, "knowledge", "check-quotes", "--knowledge", knowledge, "--articles", "articles");

        Assert.Equal(1, exitCode);
        Assert.Contains("fact 'acme-2025': the quote is not verbatim in 'acme.txt'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("acme-2024", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckQuotes_SharedArticles_AllCuratedQuotesVerbatim()
    {
        var articles = Path.Combine(RepositoryFiles.Root, "..", "shared", "articles");
        if (!Directory.Exists(articles))
        {
            return;
        }

        var (exitCode, _, error) = CliRun.Run("knowledge", "check-quotes", "--articles", articles);

        Assert.True(exitCode == 0, error);
    }
}
