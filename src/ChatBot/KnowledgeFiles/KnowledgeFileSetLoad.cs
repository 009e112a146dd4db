using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.KnowledgeFiles;

/// <summary>
/// One look at the knowledge's files: each file's part (in load order) and content hash, the files that changed
/// since the last look, and the merged, validated result – merged only when asked for, since a caller that finds
/// the content unchanged, or only needs the parts, should not pay for validating the whole knowledge.
/// </summary>
internal sealed class KnowledgeFileSetLoad(
    Func<KnowledgeLoadResult> merge,
    IReadOnlyList<KnowledgeFilePart> parts,
    IReadOnlyDictionary<string, string> hashes,
    IReadOnlyList<string> changedFiles)
{
    private readonly Lazy<KnowledgeLoadResult> _result = new(merge);

    public KnowledgeLoadResult Result => _result.Value;

    public IReadOnlyList<KnowledgeFilePart> Parts { get; } = parts;

    public IReadOnlyDictionary<string, string> Hashes { get; } = hashes;

    public IReadOnlyList<string> ChangedFiles { get; } = changedFiles;
}
