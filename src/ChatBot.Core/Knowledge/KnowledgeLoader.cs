using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// Turns knowledge-file text into a validated snapshot. All-or-nothing: any error yields no snapshot, so a
/// host keeps serving its last good version.
/// </summary>
public static class KnowledgeLoader
{
    /// <param name="yaml">The file's text.</param>
    /// <param name="file">The file name errors are reported against.</param>
    public static KnowledgeLoadResult Load(string yaml, string file)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(file);
        return Merge([Read(yaml, file, partOfFolder: false)], file);
    }

    /// <summary>
    /// Loads the files of a knowledge folder as one knowledge: ids are unique across files. The origin names the
    /// folder, for logs and status.
    /// </summary>
    public static KnowledgeLoadResult Load(IReadOnlyList<KnowledgeFileText> files, string origin)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Merge([.. files.Select(f => ReadPart(f.Text, f.File))], origin);
    }

    /// <summary>
    /// Reads one file on its own. In a folder (the default) any of its lists may be missing, as other files hold
    /// them; a knowledge that is one file must have them all.
    /// </summary>
    public static KnowledgeFilePart ReadPart(string yaml, string file, bool partOfFolder = true)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(file);
        return Read(yaml, file, partOfFolder);
    }

    /// <summary>
    /// Merges the parts (in the given order) into one snapshot after the checks that span files: unique ids,
    /// references, aliases. Errors are listed file by file in part order, by line within a file.
    /// </summary>
    public static KnowledgeLoadResult Merge(IReadOnlyList<KnowledgeFilePart> parts, string origin)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(origin);
        var merged = new KnowledgeDraft();
        var problems = new List<IReadOnlyList<string>>();
        var errors = new ErrorSink(origin);
        foreach (var part in parts)
        {
            merged.Sources.AddRange(part.Draft.Sources.Select(s => s with { File = part.File }));
            merged.Topics.AddRange(part.Draft.Topics.Select(t => t with { File = part.File }));
            merged.Subjects.AddRange(part.Draft.Subjects.Select(s => s with { File = part.File }));
            merged.Facts.AddRange(part.Draft.Facts);
            problems.AddRange(part.FactProblems);
        }

        // A folder's lists may live in any file; an unreadable file already explains an empty list.
        if ((parts.Count > 1 || parts is [{ File: var only }] && only != origin) && parts.All(p => p.Errors.Count == 0))
        {
            RequireSome(merged.Sources.Count, "sources", errors);
            RequireSome(merged.Subjects.Count, "subjects", errors);
            RequireSome(merged.Facts.Count, "facts", errors);
        }

        KnowledgeValidator.Validate(merged, problems, errors);
        var all = parts.SelectMany(p => p.Errors).Concat(errors.Errors).ToList();
        if (all.Count > 0)
        {
            var order = parts.Select((p, i) => (p.File, i)).DistinctBy(p => p.File).ToDictionary(p => p.File, p => p.i, StringComparer.Ordinal);
            return new KnowledgeLoadResult(null, [.. all.OrderBy(e => order.GetValueOrDefault(e.File, -1)).ThenBy(e => e.Line)]);
        }

        var knowledge = new KnowledgeBase(
            [.. merged.Sources.Select(s => s.Value)],
            [.. merged.Topics.Select(t => t.Value)],
            [.. merged.Subjects.Select(s => s.Value)],
            merged.Facts,
            origin);
        return new KnowledgeLoadResult(knowledge, []);
    }

    private static KnowledgeFilePart Read(string yaml, string file, bool partOfFolder)
    {
        var errors = new ErrorSink(file);
        var draft = KnowledgeYamlReader.Read(yaml, errors, partOfFolder);
        return new KnowledgeFilePart(file, draft, KnowledgeValidator.FactProblems(draft.Facts), errors.Errors);
    }

    private static void RequireSome(int count, string what, ErrorSink errors)
    {
        if (count == 0)
        {
            errors.Add(1, null, $"no file of the knowledge folder has any {what}");
        }
    }
}
