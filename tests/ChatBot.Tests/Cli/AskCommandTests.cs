using System.Text.Json;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

public class AskCommandTests
{
    [Fact]
    public void Ask_GermanQuestion_PrintsFigureAndSources()
    {
        var (exitCode, output, _) = CliRun.Run("ask", "Wie viel investiert Meta 2025 in KI?");

        Assert.Equal(0, exitCode);
        Assert.Contains("60 bis 65 Mrd. US-Dollar", output, StringComparison.Ordinal);
        Assert.Contains("Quellen:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_UnquotedWords_AreJoinedIntoOneQuestion()
    {
        var (exitCode, output, _) = CliRun.Run("ask", "pledge", "amazon");

        Assert.Equal(0, exitCode);
        Assert.Contains("more than $100 billion", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AskJson_SingleQuestion_WritesContractFields()
    {
        var (exitCode, output, _) = CliRun.Run("ask", "--json", "How much will Amazon invest in AI in 2025?");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("How much will Amazon invest in AI in 2025?", root.GetProperty("question").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Contains("$100 billion", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var fact = root.GetProperty("facts")[0];
        Assert.Equal("amazon", fact.GetProperty("subject").GetString());
        Assert.Equal("more than $100 billion", fact.GetProperty("figure").GetString());
        Assert.Equal(100m, fact.GetProperty("amount").GetProperty("min").GetDecimal());
        Assert.Equal("USD", fact.GetProperty("amount").GetProperty("currency").GetString());
        Assert.Equal("billion", fact.GetProperty("amount").GetProperty("scale").GetString());
        Assert.Equal("2025", fact.GetProperty("period").GetString());
        var source = fact.GetProperty("source");
        Assert.Equal("Frankreich will KI nicht den US-Techriesen überlassen", source.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, source.GetProperty("publisher").ValueKind);
        Assert.Contains("100 Milliarden Dollar", source.GetProperty("quote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AskJsonBatch_OneObjectPerLineInOrder_BadLineGetsErrorObject()
    {
        var input = "Wie viel investiert Meta 2025 in KI?\n\nHow much is Netflix investing in AI?\n" + new string('x', 1001) + "\nStargate\n";

        var (exitCode, output, _) = CliRun.RunIn(RepositoryFiles.Root, input, "ask", "--json", "-");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("de", objects[0].GetProperty("language").GetString());
        Assert.Contains("empty", objects[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(objects[2].GetProperty("answered").GetBoolean());
        Assert.Equal(0, objects[2].GetProperty("facts").GetArrayLength());
        Assert.Contains("too long", objects[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("$500 billion", objects[4].GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AskJsonBatch_DigitsOfOtherScripts_EveryLineAnswered()
    {
        // Full-width, Arabic-Indic and Devanagari digits once crashed the parser and ended the batch.
        var input = "Wie viel investiert Amazon \uFF12\uFF10\uFF12\uFF15?\n\u0663\nMeta \u0968\u0966\u0968\u096B\nStargate\n";

        var (exitCode, output, _) = CliRun.RunIn(RepositoryFiles.Root, input, "ask", "--json", "-");

        Assert.Equal(0, exitCode);
        var objects = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, objects.Count);
        Assert.Contains("mehr als 100 Mrd. US-Dollar", objects[0].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("Wie viel investiert Amazon \uFF12\uFF10\uFF12\uFF15?", objects[0].GetProperty("question").GetString());
        Assert.True(objects[1].TryGetProperty("answer", out _));
        Assert.Contains("60", objects[2].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("$500 billion", objects[3].GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Wie viel\u0001?", "control character")]
    public void Ask_BadQuestion_OneLineErrorAndNonZeroExit(string question, string expected)
    {
        var (exitCode, output, error) = CliRun.Run("ask", question);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Ask_TooLongQuestion_Refused()
    {
        var (exitCode, _, error) = CliRun.Run("ask", new string('a', 1001));

        Assert.Equal(1, exitCode);
        Assert.Contains("too long", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_BrokenKnowledgeFile_OneLineErrorWithFileAndLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("broken.yaml", "version: 1\nsources: [\n");

        var (exitCode, output, error) = CliRun.Run("ask", "--knowledge", path, "Meta");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains($"{path}:", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Ask_MissingKnowledgeFile_ClearError()
    {
        var (exitCode, _, error) = CliRun.Run("ask", "--knowledge", "/nonexistent/k.yaml", "Meta");

        Assert.Equal(2, exitCode);
        Assert.Contains("the knowledge file does not exist", error, StringComparison.Ordinal);
    }
}
