using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;

namespace ChatBot.Discord.Rendering;

/// <summary>The registered Discord phrase books, built on the engine's default answer phrase books.</summary>
internal static class DiscordPhraseBooks
{
    /// <summary>German and English, English for any other language.</summary>
    public static LanguageTable<DiscordPhrases> Default { get; } = new(
        Language.English,
        [
            new(Language.German, new GermanDiscordPhrases(PhraseBooks.German.Answers)),
            new(Language.English, new EnglishDiscordPhrases(PhraseBooks.English.Answers)),
        ]);
}
