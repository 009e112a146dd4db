namespace ChatBot.Core.Knowledge.Editing.Forms;

/// <summary>What is wrong with a field of the fact form; each platform words it in the moderator's language.</summary>
public enum FactFormProblemKind
{
    Missing,
    TooLong,
    ControlCharacter,
    UnknownSubject,
    UnknownSource,
    UnknownKind,
    UnknownTopic,
    UnreadableAmount,
    MissingCurrency,
    UnreadablePeriod,
    UnreadableStatements,
    InvalidId,
    FigureNotInQuote,
    Unchanged,
}
