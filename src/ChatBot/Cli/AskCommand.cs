using System.CommandLine;
using ChatBot.Core.Answers;
using ChatBot.Core.Understanding;
using ChatBot.Json;

namespace ChatBot.Cli;

/// <summary><c>ask "question"</c>, <c>ask --json "question"</c> and <c>ask --json -</c> (JSON Lines from stdin).</summary>
internal static class AskCommand
{
    public static Command Create(CliContext context, Option<string?> knowledge)
    {
        var question = new Argument<string[]>("question")
        {
            Description = "The question (quotes optional), or - to read one question per line from standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per answer (JSON Lines with -)" };
        var command = new Command("ask", "Answer a question about AI investments, with sources") { question, json };
        command.SetAction(parse => Run(context, parse.GetValue(knowledge), string.Join(' ', parse.GetValue(question) ?? []), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string? knowledgePath, string question, bool json)
    {
        var (engine, _, _) = EngineFactory.Create(context, knowledgePath);
        if (engine is null)
        {
            return ExitCodes.KnowledgeUnavailable;
        }

        if (question.Trim() == "-")
        {
            return RunBatch(context, engine, json);
        }

        return AnswerOne(context, engine, question, json) ? ExitCodes.Success : ExitCodes.BadInput;
    }

    // One answer (or error object) per input line, in order, so a failing line never shifts the others.
    private static int RunBatch(CliContext context, IAnswerEngine engine, bool json)
    {
        while (context.In.ReadLine() is { } line)
        {
            AnswerOne(context, engine, line, json);
            if (!json)
            {
                context.Out.WriteLine();
            }
        }

        return ExitCodes.Success;
    }

    private static bool AnswerOne(CliContext context, IAnswerEngine engine, string question, bool json)
    {
        if (QuestionGuard.Check(question) is { } refusal)
        {
            if (json)
            {
                context.Out.WriteLine(JsonLines.Of(new ErrorJson(Truncate(question), false, refusal)));
            }

            context.Error.WriteLine($"error: {refusal}");
            return false;
        }

        var answer = engine.Ask(question);
        context.Out.WriteLine(json ? JsonLines.Of(AnswerJsonMapper.Map(question, answer)) : PlainTextRenderer.Render(answer));
        return true;
    }

    private static string Truncate(string question) => question.Length <= 200 ? question : question[..200] + "…";
}
