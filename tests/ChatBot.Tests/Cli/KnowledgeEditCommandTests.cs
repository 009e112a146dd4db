using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>knowledge add|edit|remove|show|history|undo, each run as its own process as a moderator in a terminal would.</summary>
public sealed class KnowledgeEditCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _folder;
    private readonly string _file;
    private readonly Dictionary<string, string> _environment;

    public KnowledgeEditCommandTests()
    {
        _folder = _temp.CopyCuratedKnowledge();
        _file = Path.Combine(_folder, "sources", "frankreich-ki-us-techriesen.yaml");
        _environment = new() { ["CHATBOT_DATA_DIR"] = Path.Combine(_temp.Path, "audit"), ["CHATBOT_KNOWLEDGE_PATH"] = _folder };
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ShowEditAsk_FigureFixedFromTheTerminal_NextAnswerShowsItAndHistoryHasIt()
    {
        var (_, shown, _) = await Run("", "knowledge", "show", "amazon-capex-2025");
        var version = shown.Split("version ")[1].Split(' ')[0];

        var (exit, output, error) = await Run(Amazon2025(shown, 123), "knowledge", "edit", "amazon-capex-2025", "--base-version", version, "--as", "Ben", "--reason", "typo");
        var (_, answer, _) = await Run("", "ask", "How much does Amazon invest in 2025?");
        var (_, history, _) = await Run("", "knowledge", "history", "amazon-capex-2025");

        Assert.True(exit == 0, error);
        Assert.StartsWith($"OK: edited fact 'amazon-capex-2025' in {_file} (change #1, version ", output, StringComparison.Ordinal);
        Assert.Contains("$123 billion", answer, StringComparison.Ordinal);
        Assert.Matches(@"^#1  \d{4}-\d\d-\d\d \d\d:\d\d UTC  Ben \(cli\)  edit amazon-capex-2025 – typo\n$", history);
        Assert.True(Directory.Exists(Path.Combine(_temp.Path, "audit")));
    }

    [Fact]
    public async Task Edit_StaleBaseVersion_ExitsOneWithWhoChangedItAndTheCurrentValues()
    {
        var (_, shown, _) = await Run("", "knowledge", "show", "amazon-capex-2025");
        var version = shown.Split("version ")[1].Split(' ')[0];
        await Run(Amazon2025(shown, 123), "knowledge", "edit", "amazon-capex-2025", "--base-version", version, "--as", "Anna");
        var bytes = File.ReadAllBytes(_file);

        var (exit, _, error) = await Run(Amazon2025(shown, 110), "knowledge", "edit", "amazon-capex-2025", "--base-version", version, "--as", "Ben");

        Assert.Equal(1, exit);
        Assert.Contains("error: fact 'amazon-capex-2025' changed since you opened it (Anna (cli) changed it at ", error, StringComparison.Ordinal);
        Assert.Contains("amount: { value: 123,", error, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(_file));
    }

    [Fact]
    public async Task Add_FigureNotInQuote_ExitsOneWithOneLineErrorAndChangesNothing()
    {
        var bytes = File.ReadAllBytes(_file);
        const string fact = """
            id: amazon-capex-2026
            subject: amazon
            kind: capex
            amount: { value: 150, currency: USD, scale: billion }
            period: { year: 2026 }
            statement: { de: "Amazon plant 2026 150 Mrd. US-Dollar.", en: "Amazon plans $150 billion in 2026." }
            source: frankreich-ki-us-techriesen
            quote: "Dennoch halten die Tech-Konzerne an ihren Plänen fest: Amazon plant 2025 Investitionen von über 100 Milliarden Dollar, im Vorjahr waren es noch 83 Milliarden Dollar."
            """;

        var (exit, output, error) = await Run(fact, "knowledge", "add");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.All(error.TrimEnd('\n').Split('\n'), line => Assert.StartsWith("error: ", line, StringComparison.Ordinal));
        Assert.Contains("150", error, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(_file));
    }

    [Fact]
    public async Task Edit_NoArticlesSettingButArchiveInKnowledgeFolder_QuoteNotInItsArticleIsRefused()
    {
        var archive = Path.Combine(_folder, "articles");
        Directory.CreateDirectory(archive);
        foreach (var article in Directory.EnumerateFiles(Path.Combine(RepositoryFiles.CuratedKnowledge, "articles")))
        {
            File.Copy(article, Path.Combine(archive, Path.GetFileName(article)));
        }

        var (_, shown, _) = await Run("", "knowledge", "show", "amazon-capex-2025");
        var version = shown.Split("version ")[1].Split(' ')[0];
        var bytes = File.ReadAllBytes(_file);

        var (exit, _, error) = await Run(Amazon2025(shown, 123), "knowledge", "edit", "amazon-capex-2025", "--base-version", version, "--as", "Ben");

        Assert.False(_environment.ContainsKey("CHATBOT_ARTICLES_PATH"));
        Assert.Equal(1, exit);
        Assert.Contains("amazon-capex-2025", error, StringComparison.Ordinal);
        Assert.Contains("the quote is not verbatim in", error, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(_file));
    }

    [Fact]
    public async Task RemoveThenUndo_RestoresTheFact()
    {
        var (removeExit, removed, removeError) = await Run("", "knowledge", "remove", "amazon-capex-2024", "--as", "Anna");
        var (_, shownAfterRemove, _) = await Run("", "knowledge", "show", "amazon-capex-2024");

        var (undoExit, undone, undoError) = await Run("", "knowledge", "undo", "1", "--as", "Ben");

        Assert.True(removeExit == 0, removeError);
        Assert.StartsWith("OK: removed fact 'amazon-capex-2024'", removed, StringComparison.Ordinal);
        Assert.Empty(shownAfterRemove);
        Assert.True(undoExit == 0, undoError);
        Assert.StartsWith("OK: added fact 'amazon-capex-2024'", undone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_DataDirectoryUnusable_ExitsTwoWithOneLineAndChangesNothing()
    {
        var blocker = _temp.Write("not-a-directory", "");
        var bytes = File.ReadAllBytes(_file);
        _environment["CHATBOT_DATA_DIR"] = blocker;

        var (exit, output, error) = await Run("", "knowledge", "remove", "amazon-capex-2024");

        Assert.Equal((2, ""), (exit, output));
        Assert.StartsWith($"error: cannot open the audit log in {blocker}: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Equal(bytes, File.ReadAllBytes(_file));
    }

    [Fact]
    public async Task Show_UnknownFact_ExitsOne()
    {
        var (exit, _, error) = await Run("", "knowledge", "show", "no-such-fact");

        Assert.Equal((1, "error: unknown fact id 'no-such-fact'\n"), (exit, error));
    }

    [Fact]
    public async Task Edit_TwoProcessesAtOnceOnOneFile_BothChangesAreKept()
    {
        var (_, amazon, _) = await Run("", "knowledge", "show", "amazon-capex-2025");
        var (_, previous, _) = await Run("", "knowledge", "show", "amazon-capex-2024");

        var results = await Task.WhenAll(
            Run(Amazon2025(amazon, 123), "knowledge", "edit", "amazon-capex-2025", "--as", "Anna"),
            Run(Body(previous).Replace("(2024) 83 Mrd.", "(2024) 83 Milliarden", StringComparison.Ordinal), "knowledge", "edit", "amazon-capex-2024", "--as", "Ben"));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        var text = File.ReadAllText(_file);
        Assert.Contains("value: 123,", text, StringComparison.Ordinal);
        Assert.Contains("(2024) 83 Milliarden", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_TwoProcessesSameBaseVersion_OneIsRefused()
    {
        var (_, shown, _) = await Run("", "knowledge", "show", "amazon-capex-2025");
        var version = shown.Split("version ")[1].Split(' ')[0];

        var results = await Task.WhenAll(
            Run(Amazon2025(shown, 123), "knowledge", "edit", "amazon-capex-2025", "--base-version", version, "--as", "Anna"),
            Run(Amazon2025(shown, 110), "knowledge", "edit", "amazon-capex-2025", "--base-version", version, "--as", "Ben"));

        Assert.Equal([0, 1], results.Select(r => r.ExitCode).Order());
    }

    [Fact]
    public async Task Add_ModeratorStyleOptions_ReadsAmountAndPeriodWritesTheBlockAndSaysWhichStatementWasWritten()
    {
        const string quote = "Dennoch halten die Tech-Konzerne an ihren Plänen fest: Amazon plant 2025 Investitionen von über 100 Milliarden Dollar, im Vorjahr waren es noch 83 Milliarden Dollar.";

        var (exit, output, error) = await Run("", "knowledge", "add", "--subject", "Amazon", "--amount", "83 Milliarden Dollar", "--period", "Geschäftsjahr 2024",
            "--source", "frankreich-ki-us-techriesen", "--quote", quote, "--kind", "capex", "--statement-de", "Amazon investierte 2024 83 Mrd. US-Dollar.", "--as", "Ben");
        var (_, shown, _) = await Run("", "knowledge", "show", "amazon-capex-2024-2");

        Assert.True(exit == 0, error);
        Assert.StartsWith($"OK: added fact 'amazon-capex-2024-2' in {_file} (change #1, version ", output, StringComparison.Ordinal);
        Assert.Equal("note: no statement.en given; written from the figure: Amazon: $83 billion (fiscal year 2024).\n", error);
        Assert.Contains("    amount: { value: 83, currency: USD, scale: billion }\n    period: { fiscal_year: 2024 }\n", shown, StringComparison.Ordinal);
        Assert.Contains("      de: \"Amazon investierte 2024 83 Mrd. US-Dollar.\"\n", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--amount", "viel Geld", "error: amount: \"viel Geld\" is not one amount")]
    [InlineData("--period", "irgendwann", "error: period: \"irgendwann\" is not a period")]
    [InlineData("--subject", "nobody", "error: subject: there is no subject \"nobody\"")]
    [InlineData("--source", "no-such-source", "error: source: there is no source \"no-such-source\"")]
    [InlineData("--quote", "Amazon: 83 Milliarden Dollar\": #\n- id: x", "the quote is not verbatim in")]
    [InlineData("--language", " ", "error: --language must be de or en, not ' '")]
    [InlineData("--language", "fr", "error: --language must be de or en, not 'fr'")]
    public async Task Add_BadModeratorStyleOption_ExitsOneWithAPreciseErrorAndChangesNothing(string option, string value, string expected)
    {
        var bytes = File.ReadAllBytes(_file);
        var values = new Dictionary<string, string>
        {
            ["--subject"] = "Amazon", ["--amount"] = "83 Milliarden Dollar", ["--period"] = "2024", ["--source"] = "frankreich-ki-us-techriesen",
            ["--quote"] = "Dennoch halten die Tech-Konzerne an ihren Plänen fest: Amazon plant 2025 Investitionen von über 100 Milliarden Dollar, im Vorjahr waren es noch 83 Milliarden Dollar.",
            ["--kind"] = "capex",
        };
        values[option] = value;
        _environment["CHATBOT_ARTICLES_PATH"] = Path.Combine(RepositoryFiles.CuratedKnowledge, "articles");

        var (exit, _, error) = await Run("", ["knowledge", "add", .. values.SelectMany(v => new[] { v.Key, v.Value })]);

        Assert.Equal(1, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(_file));
    }

    private Task<(int ExitCode, string Out, string Error)> Run(string input, params string[] args) =>
        ProcessRun.RunAsync(input, _temp.Path, _environment, args);

    private static string Body(string shown) => shown[(shown.IndexOf('\n', StringComparison.Ordinal) + 1)..];

    private static string Amazon2025(string shown, int value) => Body(shown)
        .Replace("value: 100,", $"value: {value},", StringComparison.Ordinal)
        .Replace("über 100 Mrd.", $"über {value} Mrd.", StringComparison.Ordinal)
        .Replace("than $100 billion", $"than ${value} billion", StringComparison.Ordinal)
        .Replace("über 100 Milliarden", $"über {value} Milliarden", StringComparison.Ordinal);
}
