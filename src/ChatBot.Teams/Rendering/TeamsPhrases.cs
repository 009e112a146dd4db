using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Teams.Rendering;

/// <summary>Teams-only wording (buttons, trimming, delays) in one language; answer text and labels come from the engine.</summary>
internal abstract class TeamsPhrases(AnswerPhrases answers)
{
    /// <summary>The engine's own wording (source labels, quotation marks), which Teams shows unchanged.</summary>
    public AnswerPhrases Answers { get; } = answers;

    /// <summary>The registered phrase book for <paramref name="language"/> (see <see cref="TeamsPhraseBooks"/>).</summary>
    public static TeamsPhrases For(Language language) => TeamsPhraseBooks.Default.For(language);

    public abstract string ShowHide { get; }

    public abstract string QuotesButton { get; }

    public abstract string MoreLines(int count);

    public abstract string MoreSources(int count);

    public abstract string TooSlow { get; }
}
