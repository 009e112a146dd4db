namespace ChatBot.Core.Knowledge.Loading;

/// <summary>Collects every error of one load, so a moderator sees all of them at once.</summary>
internal sealed class ErrorSink(string file)
{
    private readonly List<KnowledgeError> _errors = [];

    public string File { get; } = file;

    public IReadOnlyList<KnowledgeError> Errors => _errors;

    public void Add(int line, string? factId, string message) => _errors.Add(new KnowledgeError(File, line, factId, message));

    /// <summary>Adds an error found in another file of the same knowledge folder (cross-file checks).</summary>
    public void Add(string file, int line, string? factId, string message) => _errors.Add(new KnowledgeError(file, line, factId, message));

    public void AddAll(ErrorSink other) => _errors.AddRange(other._errors);
}
