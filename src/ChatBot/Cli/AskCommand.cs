using System.CommandLine;
using ChatBot.Core.Answers;
using ChatBot.Core.Phrasing;
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
        var noLlm = NoLlmOption.Create();
        var command = new Command("ask", "Answer a question about AI investments, with sources") { question, json, noLlm };
        command.SetAction((parse, ct) => RunAsync(
            context, parse.GetValue(knowledge), string.Join(' ', parse.GetValue(question) ?? []), parse.GetValue(json), !parse.GetValue(noLlm), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? knowledgePath, string question, bool json, bool phrase, CancellationToken ct)
    {
        var (engine, _, knowledge) = EngineFactory.Create(context, knowledgePath);
        if (engine is null)
        {
            return ExitCodes.KnowledgeUnavailable;
        }

        if (CliPhrasing.Create(context, phrase, engine, knowledge!) is not { } phraser)
        {
            return ExitCodes.ConfigurationError;
        }

        if (question.Trim() == "-")
        {
            return await RunBatchAsync(context, engine, phraser, json, ct);
        }

        return await AnswerOneAsync(context, engine, phraser, question, json, ct) ? ExitCodes.Success : ExitCodes.BadInput;
    }

    // One answer (or error object) per input line, in order, so a failing line never shifts the others.
    private static async Task<int> RunBatchAsync(CliContext context, IAnswerEngine engine, IAnswerPhraser phraser, bool json, CancellationToken ct)
    {
        while (context.In.ReadLine() is { } line)
        {
            await AnswerOneAsync(context, engine, phraser, line, json, ct);
            if (!json)
            {
                context.Out.WriteLine();
            }
        }

        return ExitCodes.Success;
    }

    private static async Task<bool> AnswerOneAsync(CliContext context, IAnswerEngine engine, IAnswerPhraser phraser, string question, bool json, CancellationToken ct)
    {
        var result = GuardedAnswer.Ask(engine, question, context.Error);
        if (result.Answer is not { } answer)
        {
            if (json)
            {
                context.Out.WriteLine(JsonLines.Of(new ErrorJson(Truncate(question), false, result.Error!)));
            }

            context.Error.WriteLine($"error: {result.Error}");
            return false;
        }

        var phrased = await phraser.PhraseAsync(question, answer, ct: ct);
        context.Out.WriteLine(json ? JsonLines.Of(AnswerJsonMapper.Map(question, phrased)) : PhrasedAnswerRenderer.Render(phrased));
        return true;
    }

    private static string Truncate(string question) => question.Length <= 200 ? question : question[..200] + "…";
}
