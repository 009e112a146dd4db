using System.CommandLine;
using ChatBot.Core.Phrasing;
using ChatBot.Core.Understanding;

namespace ChatBot.Cli;

/// <summary>
/// The interactive console chat: the bot's embedded default. Remembers the previous question for follow-ups
/// and follows edits to the knowledge files while it runs.
/// </summary>
internal static class ChatCommand
{
    private static readonly string[] ExitWords = ["exit", "quit", "/exit", "/quit", "bye", "tschüss"];

    public static Command Create(CliContext context, Option<string?> knowledge)
    {
        var noLlm = NoLlmOption.Create();
        var command = new Command("chat", "Chat with the bot in the console (the default when no chat platform is configured)") { noLlm };
        command.SetAction((parse, ct) => RunAsync(context, parse.GetValue(knowledge), !parse.GetValue(noLlm), ct));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string? knowledgePath, bool phrase, CancellationToken ct)
    {
        var (engine, path, knowledge) = EngineFactory.Create(context, knowledgePath, recordHandEdits: true);
        if (engine is null)
        {
            return ExitCodes.KnowledgeUnavailable;
        }

        if (CliPhrasing.Create(context, phrase, engine, knowledge!) is not { } phraser)
        {
            return ExitCodes.ConfigurationError;
        }

        context.Out.WriteLine("ChatBot – Fragen zu KI-Investitionen / questions about AI investments (Deutsch or English).");
        context.Out.WriteLine($"Knowledge: {path}. Try \"Wie viel investiert Microsoft in KI?\", \"help\", or \"exit\" to quit.");
        Query? previous = null;
        while (true)
        {
            context.Out.Write("> ");
            var line = context.In.ReadLine();
            if (line is null || ExitWords.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return ExitCodes.Success;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = GuardedAnswer.Ask(engine, line, context.Error, previous);
            if (result.Answer is not { } answer)
            {
                context.Out.WriteLine(result.Error);
                continue;
            }

            previous = answer.Query;
            context.Out.WriteLine(PhrasedAnswerRenderer.Render(await phraser.PhraseAsync(line, answer, ct: ct)));
            context.Out.WriteLine();
        }
    }
}
