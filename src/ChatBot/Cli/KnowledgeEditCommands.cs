using System.CommandLine;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Core.Knowledge.Editing.Forms;
using ChatBot.Discord.Moderation;
using ChatBot.KnowledgeFiles;
using ChatBot.KnowledgeFiles.Audit;
using ChatBot.KnowledgeFiles.Editing;
using Microsoft.Data.Sqlite;

namespace ChatBot.Cli;

/// <summary>
/// <c>knowledge add|edit|remove|show|history|undo</c>: the moderators' write path from a terminal, with the same
/// validation, concurrency checks and audit log as the chat commands. Facts go in as YAML on standard input or, for add, as a moderator writes them (options).
/// </summary>
internal static class KnowledgeEditCommands
{
    private const int DefaultHistory = 20;

    public static IEnumerable<Command> Create(CliContext context, Option<string?> knowledge)
    {
        var actor = new Option<string?>("--as") { Description = "Your name in the audit log (default: the OS user)" };
        var reason = new Option<string?>("--reason") { Description = "Why, for the audit log" };
        var baseVersion = new Option<string?>("--base-version")
        {
            Description = "The fact's version from 'knowledge show' that your change starts from; refused if the fact changed since (default: the current version)",
        };
        var factId = new Argument<string>("fact-id") { Description = "The fact's id" };

        var form = new FactFormOptions();
        var add = new Command("add", "Add a fact, into its source's file: as YAML on standard input, or as a moderator writes it with --subject, --amount, --period, --source, --quote, --kind") { actor, reason };
        form.AddTo(add);
        add.SetAction(parse => Run(context, parse.GetValue(knowledge), editor => form.Read(parse) is not { } values
            ? editor.Add(context.In.ReadToEnd(), Actor(parse.GetValue(actor)), parse.GetValue(reason))
            : form.Language(parse) is { } language
                ? AddForm(context, parse.GetValue(knowledge), editor, values, language, Actor(parse.GetValue(actor)), parse.GetValue(reason))
                : KnowledgeEditResult.Failed(form.LanguageError(parse))));

        var edit = new Command("edit", "Replace a fact with the YAML on standard input") { factId, actor, reason, baseVersion };
        edit.SetAction(parse => Run(context, parse.GetValue(knowledge), editor => WithVersion(editor, parse.GetValue(factId)!, parse.GetValue(baseVersion),
            version => editor.Edit(parse.GetValue(factId)!, version, context.In.ReadToEnd(), Actor(parse.GetValue(actor)), parse.GetValue(reason)))));

        var remove = new Command("remove", "Remove a fact") { factId, actor, reason, baseVersion };
        remove.SetAction(parse => Run(context, parse.GetValue(knowledge), editor => WithVersion(editor, parse.GetValue(factId)!, parse.GetValue(baseVersion),
            version => editor.Remove(parse.GetValue(factId)!, version, Actor(parse.GetValue(actor)), parse.GetValue(reason)))));

        var changeId = new Argument<long>("change") { Description = "The change number from 'knowledge history'" };
        var undo = new Command("undo", "Revert a recorded change (refused if the fact changed since)") { changeId, actor, reason };
        undo.SetAction(parse => Run(context, parse.GetValue(knowledge), editor => editor.Undo(parse.GetValue(changeId), Actor(parse.GetValue(actor)), parse.GetValue(reason))));

        var show = new Command("show", "Print a fact as written in its file, with its version and number of changes") { factId };
        show.SetAction(parse => Show(context, parse.GetValue(knowledge), parse.GetValue(factId)!));

        var optionalFact = new Argument<string?>("fact-id") { Description = "Only this fact's changes", Arity = ArgumentArity.ZeroOrOne };
        var limit = new Option<int>("--limit") { Description = "How many changes, newest first", DefaultValueFactory = _ => DefaultHistory };
        var history = new Command("history", "List recorded changes, newest first") { optionalFact, limit };
        history.SetAction(parse => History(context, parse.GetValue(knowledge), parse.GetValue(optionalFact), parse.GetValue(limit)));

        return [add, edit, remove, show, history, undo];
    }

    private static int Run(CliContext context, string? knowledgePath, Func<IKnowledgeEditor, KnowledgeEditResult> change)
    {
        if (Open(context, knowledgePath) is not { } editor)
        {
            return ExitCodes.KnowledgeUnavailable;
        }

        var result = change(editor);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                context.Error.WriteLine($"error: {error}");
            }

            if (result.Current is { } current)
            {
                context.Error.WriteLine($"current version {current.Version} ({current.File}:{current.Line}):");
                context.Error.Write(current.Yaml);
            }

            return ExitCodes.BadInput;
        }

        var done = result.Change!;
        var verb = done.Action switch { KnowledgeChangeAction.Add => "added", KnowledgeChangeAction.Remove => "removed", _ => "edited" };
        var version = done.NewYaml is null ? "" : $", version {FactBlocks.Version(done.NewYaml)}";
        context.Out.WriteLine($"OK: {verb} fact '{done.FactId}' in {done.File} (change #{done.Id}{version}).");
        return ExitCodes.Success;
    }

    // The same fact form the chat's moderators fill in: amounts and periods read as written, statements written from the figure when left out.
    private static KnowledgeEditResult AddForm(CliContext context, string? knowledgePath, IKnowledgeEditor editor, FactForm values, Language language, EditActor actor, string? reason)
    {
        var path = KnowledgeFileLocator.Resolve(knowledgePath, context.WorkingDirectory)!;
        if (new KnowledgeFileSet(path).Load().Result.Knowledge is not { } current)
        {
            return KnowledgeEditResult.Failed("the knowledge does not load; run 'knowledge validate'");
        }

        var read = FactFormReader.Read(values, current, language);
        if (!read.Succeeded)
        {
            var phrases = new EnglishModerationPhrases();
            return new KnowledgeEditResult(null, [.. read.Problems.Select(p => $"{phrases.FieldName(p.Field).ToLowerInvariant()}: {phrases.Problem(p)}")]);
        }

        foreach (var generated in read.GeneratedStatements ?? [])
        {
            context.Error.WriteLine($"note: no statement.{generated.Code} given; written from the figure: {read.Statement!.In(generated)}");
        }

        return editor.Add(read.Yaml!, actor, reason);
    }

    private static KnowledgeEditResult WithVersion(IKnowledgeEditor editor, string factId, string? baseVersion, Func<string, KnowledgeEditResult> change) =>
        (baseVersion ?? editor.Show(factId)?.Version) is { } version ? change(version) : KnowledgeEditResult.Failed($"unknown fact id '{factId}'");

    private static int Show(CliContext context, string? knowledgePath, string factId)
    {
        if (Open(context, knowledgePath) is not { } editor)
        {
            return ExitCodes.KnowledgeUnavailable;
        }

        if (editor.Show(factId) is not { } fact)
        {
            context.Error.WriteLine($"error: unknown fact id '{factId}'");
            return ExitCodes.BadInput;
        }

        context.Out.WriteLine($"# {fact.File}:{fact.Line}  version {fact.Version}  changes {editor.History(factId, int.MaxValue).Count}");
        context.Out.Write(fact.Yaml);
        return ExitCodes.Success;
    }

    private static int History(CliContext context, string? knowledgePath, string? factId, int limit)
    {
        if (Open(context, knowledgePath) is not { } editor)
        {
            return ExitCodes.KnowledgeUnavailable;
        }

        foreach (var change in editor.History(factId, Math.Max(1, limit)))
        {
            var undo = change.UndoOf is { } of ? $" (undoes #{of})" : "";
            var why = change.Reason is { } r ? $" – {r}" : "";
            context.Out.WriteLine($"#{change.Id}  {change.At:yyyy-MM-dd HH:mm} UTC  {change.Actor}  {change.Action.ToString().ToLowerInvariant()} {change.FactId}{undo}{why}");
        }

        return ExitCodes.Success;
    }

    internal static FileKnowledgeEditor? Open(CliContext context, string? knowledgePath)
    {
        var path = KnowledgeFileLocator.Resolve(knowledgePath, context.WorkingDirectory);
        if (path is null)
        {
            context.Error.WriteLine("error: no knowledge folder found here, in a parent directory or next to the program; pass --knowledge PATH");
            return null;
        }

        var data = DataDirectory.Resolve(Environment.GetEnvironmentVariable(DataDirectory.EnvironmentVariable), context.WorkingDirectory);
        var articles = ArticleFolder.Reader(Environment.GetEnvironmentVariable(ArticleFolder.EnvironmentVariable), context.WorkingDirectory, path);
        try
        {
            return new FileKnowledgeEditor(path, SqliteKnowledgeAuditLog.Open(data), context.Clock, _ => { }, articles);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            context.Error.WriteLine($"error: cannot open the audit log in {data}: {ex.Message}");
            return null;
        }
    }

    internal static EditActor Actor(string? name)
    {
        var who = string.IsNullOrWhiteSpace(name) ? Environment.UserName : name.Trim();
        return new EditActor("cli", who, who);
    }
}
