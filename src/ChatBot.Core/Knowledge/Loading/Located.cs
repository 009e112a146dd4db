namespace ChatBot.Core.Knowledge.Loading;

/// <summary>A value read from the knowledge file with the line it starts on.</summary>
internal sealed record Located<T>(T Value, int Line)
{
    /// <summary>The file the value was read from, set when the files of a folder are merged.</summary>
    public string File { get; init; } = "";
}
