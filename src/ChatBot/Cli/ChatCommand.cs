using System.CommandLine;
using ChatBot.Core.Answers;
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
        var command = new Command("chat", "Chat with the bot in the console (the default when no chat platform is configured)");
        command.SetAction(parse => Run(context, parse.GetValue(knowledge)));
        return command;
    }

    public static int Run(CliContext context, string? knowledgePath)
    {
        var (engine, path, lifetime) = EngineFactory.Create(context, knowledgePath, reloading: true);
        using var watching = lifetime;
        if (engine is null)
        {
            return ExitCodes.KnowledgeUnavailable;
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

            if (QuestionGuard.Check(line) is { } refusal)
            {
                context.Out.WriteLine(refusal);
                continue;
            }

            var answer = engine.Ask(line, context: previous);
            previous = answer.Query;
            context.Out.WriteLine(PlainTextRenderer.Render(answer));
            context.Out.WriteLine();
        }
    }
}
