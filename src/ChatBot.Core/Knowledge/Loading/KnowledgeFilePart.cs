namespace ChatBot.Core.Knowledge.Loading;

/// <summary>
/// One file of a knowledge folder, read and checked on its own (syntax, shape, each fact's figure). Immutable, so a
/// host keeps it while the file is unchanged and re-reads only the files that changed before merging them again.
/// </summary>
public sealed class KnowledgeFilePart
{
    internal KnowledgeFilePart(string file, KnowledgeDraft draft, IReadOnlyList<IReadOnlyList<string>> factProblems, IReadOnlyList<KnowledgeError> errors)
    {
        File = file;
        Draft = draft;
        FactProblems = factProblems;
        Errors = errors;
    }

    public string File { get; }

    /// <summary>A file that could not be read: it contributes nothing but its error.</summary>
    public static KnowledgeFilePart Unreadable(string file, string message) =>
        new(file, new KnowledgeDraft(), [], [new KnowledgeError(file, 1, null, message)]);

    /// <summary>The errors found in this file alone; cross-file errors appear only when the parts are merged.</summary>
    public IReadOnlyList<KnowledgeError> Errors { get; }

    public IReadOnlyList<Fact> Facts => Draft.Facts;

    /// <summary>The ids of the sources, topics and subjects this file defines, so editors can tell which file holds what.</summary>
    public IReadOnlyList<string> SourceIds => [.. Draft.Sources.Select(s => s.Value.Id)];

    public IReadOnlyList<string> TopicIds => [.. Draft.Topics.Select(t => t.Value.Id)];

    public IReadOnlyList<string> SubjectIds => [.. Draft.Subjects.Select(s => s.Value.Id)];

    internal KnowledgeDraft Draft { get; }

    internal IReadOnlyList<IReadOnlyList<string>> FactProblems { get; }
}
