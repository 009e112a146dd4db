using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

public class ChatCommandTests
{
    [Fact]
    public void Chat_QuestionsAndFollowUp_AnswersEachThenExits()
    {
        var input = "Wie viel investiert Amazon 2025?\nUnd 2024?\nexit\n";

        var (exitCode, output, _) = CliRun.RunIn(RepositoryFiles.Root, input, "chat");

        Assert.Equal(0, exitCode);
        Assert.Contains("mehr als 100 Mrd. US-Dollar", output, StringComparison.Ordinal);
        Assert.Contains("83 Mrd. US-Dollar (2024)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NoArguments_StartsChat()
    {
        var (exitCode, output, _) = CliRun.RunIn(RepositoryFiles.Root, "Stargate\n");

        Assert.Equal(0, exitCode);
        Assert.Contains("ChatBot", output, StringComparison.Ordinal);
        Assert.Contains("$500 billion", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_KnowledgeFileBrokenWhileRunning_KeepsAnsweringFromLastGoodVersion()
    {
        using var temp = new TempDirectory();
        var folder = temp.CopyCuratedKnowledge();
        var path = Path.Combine(folder, "sources", "ki-infrastruktur-ausgaben-155-mrd.yaml");
        var output = new StringWriter();
        var error = new SignallingWriter("last good version");
        var input = new ScriptedReader(
            "Wie viel investiert Meta 2025?",
            () =>
            {
                File.WriteAllText(path, "facts: [broken");
                Assert.True(error.Seen.Wait(TimeSpan.FromSeconds(30)), "the broken edit was not noticed");
            },
            "Wie viel investiert Meta 2025?");
        var context = new ChatBot.Cli.CliContext(input, output, error, temp.Path, TimeProvider.System);

        var exitCode = ChatBot.Cli.ChatBotCli.Run(["chat", "--knowledge", folder], context);

        Assert.Equal(0, exitCode);
        Assert.Equal(2, CountOccurrences(output.ToString(), "60 bis 65 Mrd. US-Dollar (2025)"));
        Assert.Contains($"  {path}:", error.ToString(), StringComparison.Ordinal);
    }

    private static int CountOccurrences(string text, string value) => text.Split(value).Length - 1;

    /// <summary>A thread-safe error stream that signals once a text was written (the watcher writes from its own thread).</summary>
    private sealed class SignallingWriter(string awaited) : StringWriter
    {
        private readonly Lock _gate = new();

        public ManualResetEventSlim Seen { get; } = new();

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
                if (value == '\n' && base.ToString().Contains(awaited, StringComparison.Ordinal))
                {
                    Seen.Set();
                }
            }
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? "")
            {
                Write(c);
            }
        }

        public override void WriteLine(string? value)
        {
            Write(value);
            Write('\n');
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }

        protected override void Dispose(bool disposing)
        {
            Seen.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>Feeds lines to the chat and runs an action between them (editing the file mid-session).</summary>
    private sealed class ScriptedReader(params object[] steps) : TextReader
    {
        private int _next;

        public override string? ReadLine()
        {
            while (_next < steps.Length)
            {
                var step = steps[_next++];
                if (step is Action action)
                {
                    action();
                    continue;
                }

                return (string)step;
            }

            return null;
        }
    }
}
