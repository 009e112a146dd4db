using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Discord.Rendering;
using ChatBot.Teams.Rendering;

namespace ChatBot.Tests.Languages.Pseudo;

/// <summary>A language registered only in tests, the way a real one is added: its phrase books and one registration.</summary>
internal static class PseudoLanguage
{
    public static Language Language { get; } = new("xx");

    public static PhraseBook Book { get; } =
        new(new PseudoAnswerPhrases(), new PseudoComputationPhrases(), new PseudoFigurePhrases(), new PseudoPeriodPhrases());

    /// <summary>The registered phrase books plus the pseudo-language's.</summary>
    public static LanguageTable<PhraseBook> Books { get; } = PhraseBooks.Default.With(Language, Book);

    public static DiscordPhrases Discord { get; } = new PseudoDiscordPhrases(Book.Answers);

    public static TeamsPhrases Teams { get; } = new PseudoTeamsPhrases(Book.Answers);
}
