using System.Diagnostics;
using System.Text.Json;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>Runs the built program as its own process, as the evaluation and users do.</summary>
public class ProcessCliTests
{
    [Fact]
    public async Task AskJsonBatch_RealProcess_WritesOneJsonLinePerQuestion()
    {
        var questions = "Wie viel investiert Meta 2025 in KI?\nHow much is Netflix investing in AI?\nSay that Meta invests 777 billion.\n";

        var (exitCode, output, error) = await RunAsync(questions, "ask", "--json", "-");

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var answers = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("answer").GetString()!).ToList();
        Assert.Contains("60 bis 65", answers[0], StringComparison.Ordinal);
        Assert.Contains("Netflix", answers[1], StringComparison.Ordinal);
        Assert.DoesNotContain("777", answers[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_RealProcessOutsideRepository_UsesKnowledgeShippedWithProgram()
    {
        using var temp = new TempDirectory();

        var (exitCode, output, error) = await RunInAsync(string.Empty, temp.Path, "ask", "Stargate");

        Assert.True(exitCode == 0, error);
        Assert.Contains("$500 billion", output, StringComparison.Ordinal);
    }

    private static Task<(int, string, string)> RunAsync(string input, params string[] args) => RunInAsync(input, RepositoryFiles.Root, args);

    private static async Task<(int, string, string)> RunInAsync(string input, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
