using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Discord.Rendering;

/// <summary>The Discord-specific wording in one language; answer text itself comes from the engine.</summary>
internal abstract class DiscordPhrases(AnswerPhrases answers)
{
    /// <summary>The engine's own wording (source labels, quotation marks), which Discord shows unchanged.</summary>
    public AnswerPhrases Answers { get; } = answers;

    /// <summary>The registered phrase book for <paramref name="language"/> (see <see cref="DiscordPhraseBooks"/>).</summary>
    public static DiscordPhrases For(Language language) => DiscordPhraseBooks.Default.For(language);

    public abstract string SourcesContinued { get; }

    public abstract string NotesLabel { get; }

    public abstract string QuotesButton { get; }

    public abstract string ModeratorsOnly { get; }

    public abstract string UnknownCommand { get; }

    public abstract string EmptyMessage { get; }

    public abstract string InvalidYear(int min, int max);

    public abstract string NotReloadable { get; }

    public abstract string Reloaded(int facts, int sources, int subjects);

    public abstract string ReloadFailed(int errors, string first);

    public abstract string ReloadNeedsConfirmation(int removed, int facts, string ids);
}
