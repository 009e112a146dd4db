using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest;

/// <summary>
/// The sentences of one paragraph with the subjects each names, found once per sentence and kept: every figure of
/// a paragraph looks back at the sentences before it, and scanning them again per figure made long pages quadratic.
/// </summary>
internal sealed class ParagraphMentions(IReadOnlyList<string> sentences, AliasIndex aliases)
{
    private readonly IReadOnlyList<KnownMention>?[] _known = new IReadOnlyList<KnownMention>?[sentences.Count];
    private readonly SubjectMention?[] _unknown = new SubjectMention?[sentences.Count];
    private readonly bool[] _unknownScanned = new bool[sentences.Count];

    public static ParagraphMentions Empty { get; } = new([], AliasIndex.Build([]));

    public IReadOnlyList<string> Sentences => sentences;

    public int Count => sentences.Count;

    public IReadOnlyList<KnownMention> Known(int index) => _known[index] ??= SubjectLocator.Mentions(sentences[index], aliases);

    /// <summary>The unknown organisation named last in a sentence (nearest its end), if any.</summary>
    public SubjectMention? LastUnknown(int index)
    {
        if (!_unknownScanned[index])
        {
            _unknown[index] = SubjectLocator.Unknown(sentences[index], sentences[index].Length);
            _unknownScanned[index] = true;
        }

        return _unknown[index];
    }
}
