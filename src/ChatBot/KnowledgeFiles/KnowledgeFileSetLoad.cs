using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.KnowledgeFiles;

/// <summary>
/// One load of a <see cref="KnowledgeFileSet"/>: the result, each file's part (in load order) and content hash, and the
/// files that changed since the last load.
/// </summary>
internal sealed record KnowledgeFileSetLoad(
    KnowledgeLoadResult Result,
    IReadOnlyList<KnowledgeFilePart> Parts,
    IReadOnlyDictionary<string, string> Hashes,
    IReadOnlyList<string> ChangedFiles);
