using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;

namespace ChatBot.Ingest;

/// <summary>
/// Review of a draft fact by fact (the Discord buttons): read it again, approve some of its facts (or one corrected
/// by the moderator) and leave the rest for later, or skip a fact. One review step at a time per knowledge folder,
/// so two moderators clicking at once cannot interleave their writes to the same draft.
/// </summary>
public sealed partial class KnowledgeIngestor
{
    private readonly Lock _gate = new();

    /// <summary>The draft as it is on disk now; null with <paramref name="error"/> when it is gone or not valid YAML.</summary>
    public DraftReview? Review(string sourceId, out string error)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        lock (_gate)
        {
            if (DraftFacts(sourceId, out error) is not { } draft)
            {
                return null;
            }

            var path = DraftPath(sourceId);
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var lines = text.Split('\n');
            var part = KnowledgeLoader.ReadPart(Status().Replace(text, "$1# $2"), Relative(path));
            var proposals = part.Facts.Select(fact =>
            {
                var note = Comment(lines, fact.Line - 1);
                var yaml = draft.Facts.First(f => f.Id == fact.Id).Yaml;
                return new DraftProposal(fact, yaml, note.Confidence, note.DuplicateOf);
            }).ToList();
            return new DraftReview(sourceId, HeadValue(draft.Head, "title"), HeadValue(draft.Head, "publisher"), Date(HeadValue(draft.Head, "published")), proposals);
        }
    }

    /// <summary>Approves <paramref name="factIds"/> (all open facts when empty) and keeps the others in the draft.</summary>
    public ApprovalOutcome ApproveSome(string sourceId, IReadOnlyCollection<string> factIds, IKnowledgeEditor editor, EditActor actor)
    {
        lock (_gate)
        {
            return ApproveDraft(sourceId, factIds, [], editor, actor, keepRest: true, edited: null);
        }
    }

    /// <summary>Approves the moderator's corrected <paramref name="yaml"/> in place of the draft's fact <paramref name="factId"/>.</summary>
    public ApprovalOutcome ApproveEdited(string sourceId, string factId, string yaml, IKnowledgeEditor editor, EditActor actor)
    {
        ArgumentNullException.ThrowIfNull(factId);
        ArgumentNullException.ThrowIfNull(yaml);
        lock (_gate)
        {
            return ApproveDraft(sourceId, [factId], [], editor, actor, keepRest: true, edited: yaml);
        }
    }

    /// <summary>
    /// Drops a proposal from the draft; null on success, else why not. When it was the last and nothing of the draft
    /// was approved, the archived article goes too, as with <see cref="Reject"/>.
    /// </summary>
    public string? Skip(string sourceId, string factId)
    {
        ArgumentNullException.ThrowIfNull(factId);
        lock (_gate)
        {
            if (DraftFacts(sourceId, out var error) is not { } draft)
            {
                return error;
            }

            if (draft.Facts.All(f => f.Id != factId))
            {
                return $"the draft has no fact '{factId}'";
            }

            RemoveFromDraft(sourceId, [factId]);
            return null;
        }
    }

    // Removes the facts' blocks (with the comment above each) from the draft; an emptied draft is deleted, and its
    // archived article with it unless an approval from this draft already cites it.
    private void RemoveFromDraft(string sourceId, IReadOnlyCollection<string> factIds)
    {
        var path = DraftPath(sourceId);
        if (factIds.Count == 0 || !File.Exists(path))
        {
            return;
        }

        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var part = KnowledgeLoader.ReadPart(Status().Replace(text, "$1# $2"), Relative(path));
        var blocks = part.Facts.OrderBy(f => f.Line).Select(f => (f.Id, Start: BlockStart(lines, f.Line - 1))).ToList();
        var remove = new bool[lines.Length];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!factIds.Contains(blocks[i].Id))
            {
                continue;
            }

            var end = i + 1 < blocks.Count ? blocks[i + 1].Start : lines.Length;
            for (var line = blocks[i].Start; line < end; line++)
            {
                remove[line] = true;
            }
        }

        if (blocks.All(b => factIds.Contains(b.Id)))
        {
            File.Delete(path);
            var sourceFile = Path.Combine(Root, "sources", sourceId + ".yaml");
            if (!File.Exists(sourceFile))
            {
                File.Delete(Path.Combine(ArticlesFolder, sourceId + ".txt"));
            }

            return;
        }

        var kept = lines.Where((_, index) => !remove[index]);
        AtomicText.Replace(path, string.Join('\n', kept).TrimEnd('\n') + "\n");
    }

    // A fact's block begins at the comments and blank lines right above its "- id:" line.
    private static int BlockStart(string[] lines, int idLine)
    {
        var start = idLine;
        while (start > 0 && (lines[start - 1].TrimStart().StartsWith('#') || lines[start - 1].Trim().Length == 0)
            && !lines[start - 1].StartsWith("facts:", StringComparison.Ordinal))
        {
            start--;
        }

        return start;
    }

    private static (double? Confidence, string? DuplicateOf) Comment(string[] lines, int idLine)
    {
        for (var line = idLine - 1; line >= 0 && lines[line].TrimStart().StartsWith('#'); line--)
        {
            if (ProposalNote().Match(lines[line]) is { Success: true } note)
            {
                var confidence = double.Parse(note.Groups["confidence"].Value, CultureInfo.InvariantCulture);
                return (confidence, note.Groups["duplicate"].Success ? note.Groups["duplicate"].Value : null);
            }
        }

        return (null, null);
    }

    private static string? HeadValue(string head, string key)
    {
        var match = Regex.Match(head, $@"^\s+{key}:\s*(?<value>.*)$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        var value = match.Success ? match.Groups["value"].Value.Trim() : "null";
        if (value is "null" or "~" or "")
        {
            return null;
        }

        return value.Length >= 2 && value[0] == '"' && value[^1] == '"'
            ? value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal)
            : value;
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    [GeneratedRegex(@"#\s*confidence\s+(?<confidence>[0-9]+(?:\.[0-9]+)?):(?:\s*DUPLICATE of (?<duplicate>[^:\s]+):)?")]
    private static partial Regex ProposalNote();
}
