using System.CommandLine;
using ChatBot.Core.Knowledge;
using ChatBot.KnowledgeFiles;

namespace ChatBot.Cli;

/// <summary><c>knowledge validate [PATH]</c>, <c>knowledge check-quotes --articles DIR</c> and the edit commands, for moderators.</summary>
internal static class KnowledgeCommand
{
    public static Command Create(CliContext context, Option<string?> knowledge)
    {
        var command = new Command("knowledge", "Check and edit the knowledge (a file or a folder)");
        command.Subcommands.Add(Validate(context, knowledge));
        command.Subcommands.Add(CheckQuotes(context, knowledge));
        foreach (var edit in KnowledgeEditCommands.Create(context, knowledge))
        {
            command.Subcommands.Add(edit);
        }

        foreach (var ingest in KnowledgeIngestCommands.Create(context, knowledge))
        {
            command.Subcommands.Add(ingest);
        }
        return command;
    }

    private static Command Validate(CliContext context, Option<string?> knowledge)
    {
        var path = new Argument<string?>("path") { Description = "The knowledge file or folder (default: as for --knowledge)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("validate", "Report every error in the knowledge with file, line and fact id") { path };
        command.SetAction(parse =>
        {
            var result = KnowledgeFile.LoadFrom(parse.GetValue(path) ?? parse.GetValue(knowledge), context.WorkingDirectory);
            if (!result.Succeeded)
            {
                return ReportErrors(context, result.Errors.Select(e => e.ToString()).ToList());
            }

            var kb = result.Knowledge!;
            context.Out.WriteLine($"OK: {kb.Origin}: {kb.Sources.Count} sources, {kb.Subjects.Count} subjects, {kb.Topics.Count} topics, {kb.Facts.Count} facts.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CheckQuotes(CliContext context, Option<string?> knowledge)
    {
        var articles = new Option<string?>("--articles") { Description = "Directory with the archived article files (default: the knowledge folder's articles/)" };
        var command = new Command("check-quotes", "Check every quote is verbatim in its article and states its figure") { articles };
        command.SetAction(parse =>
        {
            var result = KnowledgeFile.LoadFrom(parse.GetValue(knowledge), context.WorkingDirectory);
            if (!result.Succeeded)
            {
                return ReportErrors(context, result.Errors.Select(e => e.ToString()).ToList());
            }

            var kb = result.Knowledge!;
            var directory = parse.GetValue(articles) is { } given
                ? Path.GetFullPath(given, context.WorkingDirectory)
                : ArticleFolder.DefaultFor(kb.Origin);
            if (!Directory.Exists(directory))
            {
                context.Error.WriteLine($"error: articles directory not found: {directory}");
                return ExitCodes.BadInput;
            }

            var mismatches = QuoteChecker.Check(kb, file => ArticleFolder.Read(directory, file));
            if (mismatches.Count > 0)
            {
                return ReportErrors(context, [.. mismatches.Select(m => $"{kb.FindFact(m.FactId)?.File ?? kb.Origin}:{m.Line}: fact '{m.FactId}': {m.Message}")]);
            }

            context.Out.WriteLine($"OK: all {kb.Facts.Count} quotes are verbatim in their articles and state their figures.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int ReportErrors(CliContext context, IReadOnlyList<string> errors)
    {
        foreach (var error in errors)
        {
            context.Error.WriteLine(error);
        }

        context.Error.WriteLine($"{errors.Count} error(s).");
        return ExitCodes.BadInput;
    }
}
