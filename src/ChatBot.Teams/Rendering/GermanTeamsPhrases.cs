using ChatBot.Core.Answers;

namespace ChatBot.Teams.Rendering;

/// <summary>The German Teams wording.</summary>
internal sealed class GermanTeamsPhrases(AnswerPhrases answers) : TeamsPhrases(answers)
{
    public override string ShowHide => "Ein-/ausblenden";

    public override string QuotesButton => "Zitate anzeigen";

    public override string MoreLines(int count) => $"… und {count} weitere Zeilen (zu lang für eine Teams-Nachricht; frag genauer).";

    public override string MoreSources(int count) => $"… und {count} weitere Quellen.";

    public override string TooSlow => "Die Antwort hat zu lange gedauert. Bitte frag noch einmal.";
}
