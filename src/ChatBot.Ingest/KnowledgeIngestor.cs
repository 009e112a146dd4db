using System.Text.RegularExpressions;
using ChatBot.Core.Ingest;
using ChatBot.Core.Ingest.Reasons;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;

namespace ChatBot.Ingest;

/// <summary>
/// Ingest and review on a knowledge folder: archives an article's text under <c>articles/</c>, writes its proposed
/// facts to <c>drafts/&lt;source-id&gt;.yaml</c> (never served), and approves them through the one write path, so
/// every approved fact is validated, audited and undoable. Refused requests leave nothing behind.
/// </summary>
public sealed partial class KnowledgeIngestor(string knowledgePath)
{
    private string Root => Directory.Exists(knowledgePath) ? knowledgePath : Path.GetDirectoryName(Path.GetFullPath(knowledgePath))!;

    private string ArticlesFolder => Path.Combine(Root, "articles");

    private string DraftsFolder => Path.Combine(Root, "drafts");

    public IngestOutcome Ingest(ArticleInput article, IngestRequest request, KnowledgeBase knowledge)
    {
        lock (_gate)
        {
            return IngestUnlocked(article, request, knowledge);
        }
    }

    private IngestOutcome IngestUnlocked(ArticleInput article, IngestRequest request, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(knowledge);
        var text = article.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length == 0)
        {
            throw new IngestException(IngestReason.Empty);
        }

        text += "\n";
        var id = request.SourceId ?? DefaultId(request.Title ?? text[..text.IndexOf('\n', StringComparison.Ordinal)]);
        if (!SourceId().IsMatch(id))
        {
            throw new IngestException(IngestReason.BadSourceId(id));
        }

        if (knowledge.FindSource(id) is not null)
        {
            throw new IngestException(IngestReason.SourceExists(id));
        }

        var draftPath = DraftPath(id);
        var articlePath = Path.Combine(ArticlesFolder, id + ".txt");
        if (File.Exists(draftPath) || File.Exists(articlePath))
        {
            throw new IngestException(IngestReason.DraftExists(id, Relative(File.Exists(draftPath) ? draftPath : articlePath)));
        }

        var hash = ArticleHash.Of(text);
        if (ArchivedCopy(hash, knowledge) is { } existing)
        {
            throw new IngestException(existing);
        }

        var extraction = ArticleExtractor.Extract(text, new ExtractionOptions(id, request.Published, request.Language), knowledge);
        if (extraction.Facts.Count == 0)
        {
            throw new IngestException(IngestReason.NoFigures);
        }

        var source = new DraftSource(id, request.Title, request.Publisher, request.Published, request.Url, id + ".txt", hash);
        AtomicText.Write(articlePath, text);
        try
        {
            AtomicText.Write(draftPath, DraftYaml.Write(source, extraction));
        }
        catch
        {
            File.Delete(articlePath);
            throw;
        }

        return new IngestOutcome(id, draftPath, articlePath, extraction);
    }

    public IReadOnlyList<DraftSummary> Drafts()
    {
        if (!Directory.Exists(DraftsFolder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(DraftsFolder, "*.yaml").Order(StringComparer.Ordinal).Select(path =>
        {
            var lines = File.ReadAllLines(path);
            return new DraftSummary(
                Path.GetFileNameWithoutExtension(path),
                path,
                lines.Count(line => line.Trim() == DraftYaml.StatusLine),
                lines.Count(line => line.TrimStart().StartsWith('#') && line.Contains("DUPLICATE of", StringComparison.Ordinal)));
        })];
    }

    /// <summary>
    /// Moves the draft's facts (all, or only <paramref name="only"/>, or all but <paramref name="skip"/>) into the
    /// knowledge: the source entry (and any new subjects) into <c>sources/&lt;id&gt;.yaml</c>, then each fact through
    /// <paramref name="editor"/>. Every fact is checked before anything is added; a refusal writes nothing.
    /// </summary>
    public ApprovalOutcome Approve(string sourceId, IReadOnlyCollection<string> only, IReadOnlyCollection<string> skip, IKnowledgeEditor editor, EditActor actor)
    {
        lock (_gate)
        {
            return ApproveDraft(sourceId, only, skip, editor, actor, keepRest: false, edited: null);
        }
    }

    // keepRest: a review fact by fact (Discord) leaves the facts not chosen in the draft for later clicks; edited
    // replaces the one chosen fact's YAML with the moderator's corrected version.
    private ApprovalOutcome ApproveDraft(
        string sourceId, IReadOnlyCollection<string> only, IReadOnlyCollection<string> skip, IKnowledgeEditor editor, EditActor actor, bool keepRest, string? edited)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (!Directory.Exists(knowledgePath))
        {
            return Refused("approving drafts needs the knowledge as a folder (knowledge/ with sources/)");
        }

        if (DraftFacts(sourceId, out var error) is not { } draft)
        {
            return Refused(error);
        }

        var (head, facts) = draft;
        var unknown = only.Concat(skip).Where(id => !facts.Any(f => f.Id == id)).ToList();
        if (unknown.Count > 0)
        {
            return Refused($"the draft has no fact '{unknown[0]}' (its facts: {string.Join(", ", facts.Select(f => f.Id))})");
        }

        var chosen = facts.Where(f => (only.Count == 0 || only.Contains(f.Id)) && !skip.Contains(f.Id)).ToList();
        if (chosen.Count == 0)
        {
            return Refused("no facts selected to approve");
        }

        if (edited is not null)
        {
            chosen = [(chosen[0].Id, edited)];
        }

        // A review fact by fact writes the source with its first approval; later approvals of the same draft add to it.
        var sourceFile = Path.Combine(Root, "sources", sourceId + ".yaml");
        var continuing = File.Exists(sourceFile) && File.ReadLines(sourceFile).FirstOrDefault() == SourceHeader(sourceId);
        if (File.Exists(sourceFile) && !continuing)
        {
            return Refused($"{Relative(sourceFile)} already exists");
        }

        if (!continuing)
        {
            AtomicText.Write(sourceFile, $"{SourceHeader(sourceId)}\n\n{head}");
        }

        var problems = chosen
            .Select(f => (f.Id, Result: editor.Preview(null, null, f.Yaml, actor)))
            .Where(p => !p.Result.Succeeded)
            .Select(p => $"fact '{p.Id}': {string.Join("; ", p.Result.Errors)}")
            .ToList();
        if (problems.Count > 0)
        {
            if (!continuing)
            {
                File.Delete(sourceFile);
            }

            return new ApprovalOutcome([], [], problems);
        }

        var added = new List<string>();
        foreach (var fact in chosen)
        {
            var result = editor.Add(fact.Yaml, actor, $"approved from the ingest draft of '{sourceId}'");
            if (!result.Succeeded)
            {
                if (keepRest)
                {
                    RemoveFromDraft(sourceId, added);
                }

                return new ApprovalOutcome(added, [], [$"fact '{fact.Id}': {string.Join("; ", result.Errors)} (facts added before it stay; undo them with knowledge undo)"]);
            }

            added.Add(fact.Id);
        }

        if (keepRest)
        {
            RemoveFromDraft(sourceId, added);
            return new ApprovalOutcome(added, [], []);
        }

        File.Delete(DraftPath(sourceId));
        return new ApprovalOutcome(added, [.. facts.Select(f => f.Id).Except(added)], []);
    }

    private static string SourceHeader(string sourceId) =>
        $"# Source \"{sourceId}\" and the facts approved from its ingest draft. Format and rules: knowledge/README.md.";

    /// <summary>Deletes a draft and its archived article (unless an approved source uses it).</summary>
    public bool Reject(string sourceId, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var draft = DraftPath(sourceId);
        if (!SourceId().IsMatch(sourceId) || !File.Exists(draft))
        {
            return false;
        }

        File.Delete(draft);
        var article = sourceId + ".txt";
        if (!knowledge.Sources.Any(s => s.File == article))
        {
            File.Delete(Path.Combine(ArticlesFolder, article));
        }

        return true;
    }

    private (string Head, IReadOnlyList<(string Id, string Yaml)> Facts)? DraftFacts(string sourceId, out string error)
    {
        error = "";
        var path = DraftPath(sourceId);
        if (!SourceId().IsMatch(sourceId) || !File.Exists(path))
        {
            error = $"there is no draft for '{sourceId}' ('knowledge drafts' lists them)";
            return null;
        }

        // Keep line numbers: the status is commented out, not removed, so the loader's errors point at the draft's lines.
        var yaml = Status().Replace(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), "$1# $2");
        var part = KnowledgeLoader.ReadPart(yaml, Relative(path));
        if (part.Errors.Count > 0)
        {
            error = $"the draft {Relative(path)} is not valid: {part.Errors[0]}";
            return null;
        }

        var lines = yaml.Split('\n');
        var factsLine = Array.FindIndex(lines, line => line.StartsWith("facts:", StringComparison.Ordinal));
        var head = string.Join('\n', lines[..(factsLine < 0 ? lines.Length : factsLine)].SkipWhile(line => line.StartsWith('#') || line.Length == 0));
        var starts = part.Facts.Select(f => f.Line - 1).Order().ToList();
        var facts = part.Facts.Select(fact =>
        {
            var start = fact.Line - 1;
            var end = starts.FirstOrDefault(s => s > start, lines.Length);
            var block = lines[start..end].Reverse().SkipWhile(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('#')).Reverse()
                .Where(l => !l.TrimStart().StartsWith("# " + DraftYaml.StatusLine, StringComparison.Ordinal));
            return (fact.Id, Dedent(block.ToList()));
        }).ToList();
        return (head.TrimEnd() + "\n", facts);
    }

    // "  - id: x" with its fields below becomes the mapping "id: x", the form the write path takes.
    private static string Dedent(List<string> block)
    {
        var indent = block[0].IndexOf('-', StringComparison.Ordinal) + 2;
        return string.Join('\n', block.Select(line => line.Length >= indent && line[..indent].Trim().Trim('-').Length == 0 ? line[indent..] : line.TrimStart())) + "\n";
    }

    private IngestReason? ArchivedCopy(string hash, KnowledgeBase knowledge)
    {
        if (knowledge.Sources.FirstOrDefault(s => string.Equals(s.Sha256, hash, StringComparison.OrdinalIgnoreCase)) is { } recorded)
        {
            return IngestReason.AlreadyIngested(recorded.Id, null);
        }

        if (!Directory.Exists(ArticlesFolder))
        {
            return null;
        }

        foreach (var file in Directory.EnumerateFiles(ArticlesFolder, "*.txt"))
        {
            if (ArticleHash.Of(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n") == hash)
            {
                var name = Path.GetFileName(file);
                return IngestReason.AlreadyIngested(knowledge.Sources.FirstOrDefault(s => s.File == name)?.Id, Relative(file));
            }
        }

        return null;
    }

    private string DraftPath(string sourceId) => Path.Combine(DraftsFolder, sourceId + ".yaml");

    private string Relative(string path) => Path.GetRelativePath(Path.GetDirectoryName(Root) ?? Root, path);

    private static ApprovalOutcome Refused(string error) => new([], [], [error]);

    private static string DefaultId(string title)
    {
        var words = SubjectLocator.Slug(title).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(6);
        var id = string.Join('-', words);
        return id.Length == 0 ? "article" : id[..Math.Min(id.Length, 80)].TrimEnd('-');
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$")]
    private static partial Regex SourceId();

    [GeneratedRegex(@"^(\s*)(status:\s*proposed\s*)$", RegexOptions.Multiline)]
    private static partial Regex Status();
}
