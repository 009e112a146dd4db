using ChatBot.Core.Knowledge;

namespace ChatBot.Teams.Rendering;

/// <summary>Teams-only wording (buttons, trimming, delays), per language; answer text and labels come from the engine.</summary>
internal sealed class TeamsPhrases
{
    public static readonly TeamsPhrases German = new(Language.German);
    public static readonly TeamsPhrases English = new(Language.English);

    private readonly bool _de;

    private TeamsPhrases(Language language) => _de = language == Language.German;

    public static TeamsPhrases For(Language language) => language == Language.German ? German : English;

    public string ShowHide => _de ? "Ein-/ausblenden" : "Show / hide";

    public string QuotesButton => _de ? "Zitate anzeigen" : "Show quotes";

    public string QuotesTitle => _de ? "Quellen im Wortlaut" : "Sources, quoted verbatim";

    public string SourcesGone => _de
        ? "Diese Quellen sind nicht mehr in der Wissensbasis."
        : "Those sources are no longer in the knowledge.";

    public string MoreLines(int count) => _de
        ? $"… und {count} weitere Zeilen (zu lang für eine Teams-Nachricht; frag genauer)."
        : $"… and {count} more lines (too long for one Teams message; ask more specifically).";

    public string MoreSources(int count) => _de ? $"… und {count} weitere Quellen." : $"… and {count} more sources.";

    public string TooSlow => _de
        ? "Die Antwort hat zu lange gedauert. Bitte frag noch einmal."
        : "The answer took too long. Please ask again.";
}
