namespace ChatBot.Core.Knowledge.Loading;

/// <summary>Everything read from a knowledge file before cross-references are checked.</summary>
internal sealed class KnowledgeDraft
{
    public List<Located<Source>> Sources { get; } = [];

    public List<Located<Topic>> Topics { get; } = [];

    public List<Located<Subject>> Subjects { get; } = [];

    public List<Fact> Facts { get; } = [];
}
