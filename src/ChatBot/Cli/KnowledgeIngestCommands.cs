using System.CommandLine;
using System.Globalization;
using System.Net;
using ChatBot.Core.Answers;
using ChatBot.Core.Ingest;
using ChatBot.Core.Ingest.Reasons;
using ChatBot.Core.Knowledge;
using ChatBot.Ingest;
using ChatBot.KnowledgeFiles;

namespace ChatBot.Cli;

/// <summary>
/// <c>knowledge ingest|drafts|approve|reject</c>: a new article becomes proposed facts in a draft, which a moderator
/// reviews and approves into the knowledge through the audited write path.
/// </summary>
internal static class KnowledgeIngestCommands
{
    public static IEnumerable<Command> Create(CliContext context, Option<string?> knowledge)
    {
        var actor = new Option<string?>("--as") { Description = "Your name in the audit log (default: the OS user)" };
        var sourceId = new Argument<string>("source-id") { Description = "The draft's source id" };

        var source = new Argument<string>("source") { Description = "A text file, an HTML file or an http(s) URL" };
        var id = new Option<string?>("--source-id") { Description = "The new source's id (default: from the title or first line)" };
        var title = new Option<string?>("--title") { Description = "The article's title" };
        var publisher = new Option<string?>("--publisher") { Description = "Who published it" };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD (resolves 'this year', 'im ersten Quartal')" };
        var url = new Option<string?>("--url") { Description = "The article's address, recorded in the source" };
        var language = new Option<string?>("--language") { Description = $"{CliLanguages.Codes} (detected otherwise)" };
        var ingest = new Command("ingest", "Archive an article and propose its figures as a draft for review") { source, id, title, publisher, published, url, language };
        ingest.SetAction((parse, token) => IngestAsync(context, parse.GetValue(knowledge), parse.GetValue(source)!, parse.GetValue(id), parse.GetValue(title),
            parse.GetValue(publisher), parse.GetValue(published), parse.GetValue(url), parse.GetValue(language), token));

        var drafts = new Command("drafts", "List the drafts awaiting review");
        drafts.SetAction(_ => Drafts(context, parse: knowledge, _));

        var only = new Option<string?>("--only") { Description = "Approve only these fact ids (comma-separated)" };
        var skip = new Option<string?>("--skip") { Description = "Approve all but these fact ids (comma-separated)" };
        var approve = new Command("approve", "Move a draft's facts into the knowledge (validated, audited, undoable)") { sourceId, only, skip, actor };
        approve.SetAction(parse => Approve(context, parse.GetValue(knowledge), parse.GetValue(sourceId)!, parse.GetValue(only), parse.GetValue(skip), parse.GetValue(actor)));

        var reject = new Command("reject", "Delete a draft and its archived article") { sourceId };
        reject.SetAction(parse => Reject(context, parse.GetValue(knowledge), parse.GetValue(sourceId)!));

        var olderThan = new Option<int>("--older-than") { Description = "Age in days of the source (default 180)", DefaultValueFactory = _ => 180 };
        var stale = new Command("stale", "List facts whose source is older than the threshold or undated") { olderThan };
        stale.SetAction(parse => Stale(context, parse.GetValue(knowledge), parse.GetValue(olderThan)));

        return [ingest, drafts, approve, reject, stale];
    }

    private static async Task<int> IngestAsync(CliContext context, string? knowledgePath, string source, string? id, string? title,
        string? publisher, string? published, string? url, string? language, CancellationToken token)
    {
        var loaded = KnowledgeFile.LoadFrom(knowledgePath, context.WorkingDirectory);
        var path = KnowledgeFileLocator.Resolve(knowledgePath, context.WorkingDirectory);
        if (!loaded.Succeeded || path is null)
        {
            context.Error.WriteLine($"error: the knowledge does not load: {loaded.Errors.FirstOrDefault()?.ToString() ?? "not found"}");
            return ExitCodes.KnowledgeUnavailable;
        }

        try
        {
            var request = new IngestRequest(id, title, publisher, Date(published), url, Language(language));
            var article = await ReadAsync(context, source, token);
            var outcome = new KnowledgeIngestor(path).Ingest(article, request, loaded.Knowledge!);
            var facts = outcome.Extraction.Facts;
            context.Out.WriteLine($"OK: draft {outcome.DraftFile} with {facts.Count} proposed facts ({facts.Count(f => f.DuplicateOf is not null)} duplicates); article archived as {outcome.ArticleFile}.");
            foreach (var fact in facts)
            {
                var duplicate = fact.DuplicateOf is { } of ? $"  [duplicate of {of}]" : "";
                var period = fact.Period.Kind == PeriodKind.Unspecified ? "" : $", {PeriodFormatter.Format(fact.Period, outcome.Extraction.Language)}";
                context.Out.WriteLine($"  {fact.Id}: {fact.Subject.Id}, {FigureFormatter.Format(fact.Amount, outcome.Extraction.Language)}{period} ({fact.Confidence:0.00}){duplicate}");
            }

            context.Out.WriteLine($"Review: knowledge approve {outcome.SourceId} [--only ids | --skip ids], or knowledge reject {outcome.SourceId}.");
            return ExitCodes.Success;
        }
        catch (IngestException error)
        {
            context.Error.WriteLine($"error: {error.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException error)
        {
            context.Error.WriteLine($"error: {error.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static async Task<ArticleInput> ReadAsync(CliContext context, string source, CancellationToken token)
    {
        if (source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(source, UriKind.Absolute, out var uri))
            {
                throw new IngestException($"'{source}' is not a valid URL");
            }

            using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All };
            return await new ArticleDownloader(handler, context.Clock).DownloadAsync(uri, token);
        }

        var file = new FileInfo(Path.GetFullPath(source, context.WorkingDirectory));
        if (!file.Exists)
        {
            throw new IngestException($"file not found: {file.FullName}");
        }

        if (file.Length > IngestLimits.MaxBytes)
        {
            throw new IngestException(IngestReason.TooLarge(file.Length, IngestLimits.MaxBytes));
        }

        // A device or pipe reports a length of 0: /dev/zero would be read until memory runs out, a FIFO would block
        // forever. The knowledge files' reader refuses them before opening and bounds the read.
        var (bytes, failure) = TextFileReader.ReadBytes(file.FullName, IngestLimits.MaxBytes);
        if (bytes is null)
        {
            throw new IngestException($"the article {failure!.Error}");
        }

        var isHtml = file.Extension.ToLowerInvariant() is ".html" or ".htm" ? true : (bool?)null;
        return new ArticleInput(ArticleDecoding.Decode(bytes, isHtml), file.FullName);
    }

    private static int Drafts(CliContext context, Option<string?> parse, ParseResult result)
    {
        if (KnowledgeFileLocator.Resolve(result.GetValue(parse), context.WorkingDirectory) is not { } path)
        {
            context.Error.WriteLine("error: no knowledge folder found; pass --knowledge PATH");
            return ExitCodes.KnowledgeUnavailable;
        }

        var drafts = new KnowledgeIngestor(path).Drafts();
        foreach (var draft in drafts)
        {
            context.Out.WriteLine($"{draft.SourceId}  {draft.Facts} proposed facts ({draft.Duplicates} duplicates)  {draft.File}");
        }

        context.Out.WriteLine(drafts.Count == 0 ? "No drafts awaiting review." : $"{drafts.Count} drafts awaiting review.");
        return ExitCodes.Success;
    }

    private static int Approve(CliContext context, string? knowledgePath, string sourceId, string? only, string? skip, string? actor)
    {
        var path = KnowledgeFileLocator.Resolve(knowledgePath, context.WorkingDirectory);
        if (path is null || KnowledgeEditCommands.Open(context, knowledgePath) is not { } editor)
        {
            return ExitCodes.KnowledgeUnavailable;
        }

        var outcome = new KnowledgeIngestor(path).Approve(sourceId, Ids(only), Ids(skip), editor, KnowledgeEditCommands.Actor(actor));
        foreach (var error in outcome.Errors)
        {
            context.Error.WriteLine($"error: {error}");
        }

        if (outcome.Added.Count > 0)
        {
            context.Out.WriteLine($"OK: approved {outcome.Added.Count} facts from '{sourceId}' ({string.Join(", ", outcome.Added)}); skipped {outcome.Skipped.Count}. 'knowledge history' lists the changes, 'knowledge undo' reverts one.");
        }

        return outcome.Succeeded ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static int Reject(CliContext context, string? knowledgePath, string sourceId)
    {
        var loaded = KnowledgeFile.LoadFrom(knowledgePath, context.WorkingDirectory);
        var path = KnowledgeFileLocator.Resolve(knowledgePath, context.WorkingDirectory);
        if (!loaded.Succeeded || path is null)
        {
            context.Error.WriteLine("error: the knowledge does not load; fix it first ('knowledge validate')");
            return ExitCodes.KnowledgeUnavailable;
        }

        if (!new KnowledgeIngestor(path).Reject(sourceId, loaded.Knowledge!))
        {
            context.Error.WriteLine($"error: there is no draft for '{sourceId}' ('knowledge drafts' lists them)");
            return ExitCodes.BadInput;
        }

        context.Out.WriteLine($"OK: rejected the draft for '{sourceId}'; its archived article was removed.");
        return ExitCodes.Success;
    }

    private static int Stale(CliContext context, string? knowledgePath, int olderThanDays)
    {
        var loaded = KnowledgeFile.LoadFrom(knowledgePath, context.WorkingDirectory);
        if (!loaded.Succeeded)
        {
            context.Error.WriteLine("error: the knowledge does not load; fix it first ('knowledge validate')");
            return ExitCodes.KnowledgeUnavailable;
        }

        if (olderThanDays < 0)
        {
            context.Error.WriteLine("error: --older-than must be 0 or more days");
            return ExitCodes.BadInput;
        }

        var today = DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime);
        var stale = StaleFacts.Find(loaded.Knowledge!, today, olderThanDays);
        foreach (var (fact, source, age) in stale)
        {
            var when = source?.Published is { } date ? $"published {date:yyyy-MM-dd} ({age} days ago)" : "undated";
            context.Out.WriteLine($"{fact.Id}  {fact.SourceId}  {when}");
        }

        context.Out.WriteLine($"{stale.Count} of {loaded.Knowledge!.Facts.Count} facts come from sources older than {olderThanDays} days or undated.");
        return ExitCodes.Success;
    }

    private static IReadOnlyCollection<string> Ids(string? list) =>
        list is null ? [] : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static DateOnly? Date(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new IngestException($"--published must be a date YYYY-MM-DD, not '{text}'");

    private static Language? Language(string? text) =>
        text is null ? null : CliLanguages.Find(text) ?? throw new IngestException($"--language must be {CliLanguages.Codes}, not '{text}'");
}
