using ChatBot.Core.Knowledge;

namespace ChatBot.Discord.Rendering;

/// <summary>The Discord-specific wording, per answer language; answer text itself comes from the engine.</summary>
internal sealed class DiscordPhrases
{
    public static readonly DiscordPhrases German = new(Language.German);
    public static readonly DiscordPhrases English = new(Language.English);

    private readonly bool _de;

    private DiscordPhrases(Language language) => _de = language == Language.German;

    public static DiscordPhrases For(Language language) => language == Language.German ? German : English;

    public string SourcesLabel => _de ? "Quellen" : "Sources";

    public string SourcesContinued => _de ? "Quellen (Fortsetzung)" : "Sources (continued)";

    public string NotesLabel => _de ? "Hinweise" : "Notes";

    public string PublisherUnknown => _de ? "Herausgeber nicht angegeben" : "publisher not stated";

    public string Untitled => _de ? "ohne Titel" : "untitled";

    public string QuotesButton => _de ? "Quellen" : "Sources";

    public string QuotesTitle => _de ? "Quellen im Wortlaut" : "Sources, quoted verbatim";

    public string SourcesGone => _de
        ? "Diese Quellen sind nicht mehr in der Wissensbasis."
        : "Those sources are no longer in the knowledge.";

    public string ModeratorsOnly => _de
        ? "Diesen Befehl dürfen nur Moderatoren verwenden."
        : "Only moderators may use this command.";

    public string UnknownCommand => _de ? "Diesen Befehl kenne ich nicht." : "I don't know this command.";

    public string EmptyMessage => _de
        ? "Diese Nachricht enthält keinen Text, den ich beantworten könnte."
        : "That message has no text I could answer.";

    public string InvalidYear(int min, int max) => _de
        ? $"Das Jahr muss zwischen {min} und {max} liegen."
        : $"The year must be between {min} and {max}.";

    public string NotReloadable => _de
        ? "Diese Wissensbasis kann nicht neu geladen werden."
        : "This knowledge cannot be reloaded.";

    public string Reloaded(int facts, int sources, int subjects) => _de
        ? $"Wissensbasis neu geladen: {facts} Zahlen aus {sources} Quellen zu {subjects} Themen."
        : $"Knowledge reloaded: {facts} facts from {sources} sources about {subjects} subjects.";

    public string ReloadFailed(int errors, string first) => _de
        ? $"Die Wissensdatei hat {errors} Fehler; ich antworte weiter aus der letzten guten Fassung. Erster Fehler: {first}"
        : $"The knowledge file has {errors} error(s); still answering from the last good version. First error: {first}";

    public string ReloadNeedsConfirmation(int removed, int facts, string ids) => _de
        ? $"Die Änderung würde {removed} von {facts} Zahlen entfernen ({ids}); ich antworte weiter aus der bisherigen Fassung. Mit /reload confirm:True übernehmen."
        : $"The edit would remove {removed} of {facts} facts ({ids}); still answering from the previous version. Run /reload confirm:True to take it in force.";

    /// <summary>The wording used to ask the engine when a command's company is not one the knowledge knows.</summary>
    public string FiguresQuestion(string company, int? year) => (_de, year) switch
    {
        (true, { } y) => $"Wie viel investiert {company} {y} in KI?",
        (true, null) => $"Wie viel investiert {company} in KI?",
        (false, { } y) => $"How much does {company} invest in AI in {y}?",
        (false, null) => $"How much does {company} invest in AI?",
    };

    public string CompareQuestion(string first, string second, int? year) => (_de, year) switch
    {
        (true, { } y) => $"Vergleiche {first} und {second} {y}",
        (true, null) => $"Vergleiche {first} und {second}",
        (false, { } y) => $"Compare {first} and {second} in {y}",
        (false, null) => $"Compare {first} and {second}",
    };
}
