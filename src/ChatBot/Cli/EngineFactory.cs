using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.KnowledgeFiles;

namespace ChatBot.Cli;

/// <summary>Loads the knowledge for a CLI command and builds the engine, or says in one line why it cannot.</summary>
internal static class EngineFactory
{
    public static (IAnswerEngine? Engine, string? KnowledgePath) Create(CliContext context, string? knowledgePath, bool reloading = false)
    {
        var path = KnowledgeFileLocator.Resolve(knowledgePath, context.WorkingDirectory);
        var result = path is null ? KnowledgeFile.LoadFrom(null, context.WorkingDirectory) : KnowledgeFile.Load(path);
        if (!result.Succeeded)
        {
            var first = result.Errors[0];
            var more = result.Errors.Count > 1 ? $" (and {result.Errors.Count - 1} more; run 'knowledge validate' for all)" : string.Empty;
            context.Error.WriteLine($"error: knowledge file unusable: {first}{more}");
            return (null, path);
        }

        IKnowledgeProvider provider = reloading && path is not null
            ? new ReloadingKnowledgeProvider(path, result.Knowledge!, errors => ReportRejected(context, errors))
            : new KnowledgeStore(result.Knowledge!);
        return (new AnswerEngine(provider, new QuestionParser(context.Clock)), path);
    }

    private static void ReportRejected(CliContext context, IReadOnlyList<Core.Knowledge.Loading.KnowledgeError> errors)
    {
        context.Error.WriteLine($"warning: the edited knowledge file has {errors.Count} error(s); still answering from the last good version:");
        foreach (var error in errors)
        {
            context.Error.WriteLine($"  {error}");
        }
    }
}
