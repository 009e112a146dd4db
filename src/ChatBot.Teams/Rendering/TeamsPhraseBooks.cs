using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;

namespace ChatBot.Teams.Rendering;

/// <summary>The registered Teams phrase books, built on the engine's default answer phrase books.</summary>
internal static class TeamsPhraseBooks
{
    /// <summary>German and English, English for any other language.</summary>
    public static LanguageTable<TeamsPhrases> Default { get; } = new(
        Language.English,
        [
            new(Language.German, new GermanTeamsPhrases(PhraseBooks.German.Answers)),
            new(Language.English, new EnglishTeamsPhrases(PhraseBooks.English.Answers)),
        ]);
}
