namespace ChatBot.SemanticKernel.Understanding;

/// <summary>Why a model's mapping of a question was not used (the template answer then stands).</summary>
public enum QueryMappingRejection
{
    /// <summary>Not one JSON object with exactly the expected keys and types.</summary>
    Malformed,

    /// <summary>A subject id that is not in the knowledge.</summary>
    UnknownSubject,

    /// <summary>An intent other than figures, compare, rank or total (including "none").</summary>
    UnknownIntent,

    /// <summary>A year outside the range facts can have, or subjects that do not fit the intent.</summary>
    Inconsistent,
    Timeout,
    Error,

    /// <summary>The mapped query was valid, but the knowledge has no figure for it.</summary>
    NoFigure,
}
