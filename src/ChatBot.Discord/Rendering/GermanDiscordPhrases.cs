using ChatBot.Core.Answers;

namespace ChatBot.Discord.Rendering;

/// <summary>The German Discord wording.</summary>
internal sealed class GermanDiscordPhrases(AnswerPhrases answers) : DiscordPhrases(answers)
{
    public override string SourcesContinued => "Quellen (Fortsetzung)";

    public override string NotesLabel => "Hinweise";

    public override string QuotesButton => "Quellen";

    public override string ModeratorsOnly => "Diesen Befehl dürfen nur Moderatoren verwenden.";

    public override string UnknownCommand => "Diesen Befehl kenne ich nicht.";

    public override string EmptyMessage => "Diese Nachricht enthält keinen Text, den ich beantworten könnte.";

    public override string InvalidYear(int min, int max) => $"Das Jahr muss zwischen {min} und {max} liegen.";

    public override string NotReloadable => "Diese Wissensbasis kann nicht neu geladen werden.";

    public override string Reloaded(int facts, int sources, int subjects) => $"Wissensbasis neu geladen: {facts} Zahlen aus {sources} Quellen zu {subjects} Themen.";

    public override string ReloadFailed(int errors, string first) => $"Die Wissensdatei hat {errors} Fehler; ich antworte weiter aus der letzten guten Fassung. Erster Fehler: {first}";

    public override string ReloadNeedsConfirmation(int removed, int facts, string ids) => $"Die Änderung würde {removed} von {facts} Zahlen entfernen ({ids}); ich antworte weiter aus der bisherigen Fassung. Mit /reload confirm:True übernehmen.";
}
