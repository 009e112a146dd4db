namespace ChatBot.Core.Knowledge.Editing.Forms;

/// <summary>
/// A fact as a moderator writes it in a form: each value as typed ("rund 80 Mrd. US-Dollar", "Geschäftsjahr 2025").
/// <see cref="Statements"/> holds "de: …" and "en: …" lines, either or both may be left out. <see cref="Kind"/>,
/// <see cref="Topics"/> and <see cref="Id"/> are null when the form leaves them as they are (edit) or to be derived (add).
/// </summary>
public sealed record FactForm(
    string Subject,
    string Amount,
    string Period,
    string Source,
    string Quote,
    string Statements,
    string? Kind = null,
    IReadOnlyList<string>? Topics = null,
    string? Id = null);
