namespace ChatBot.Discord.Commands;

/// <summary>
/// The <c>custom_id</c>s of the moderators' forms and buttons. They carry only ids and versions (at most 100
/// characters); a change waiting for confirmation stays on the server under a random token.
/// </summary>
public static class FactCustomIds
{
    public const string Prefix = "fact-";
    private const string FormPrefix = "fact-form:";
    private const string FixPrefix = "fact-fix:";
    private const string EditButtonPrefix = "fact-edit:";
    private const string ConfirmPrefix = "fact-confirm:";
    private const string CancelPrefix = "fact-cancel:";
    private const string UndoPrefix = "fact-undo:";
    private const int MaxLength = 100;

    /// <summary>A fact form (modal) open under <paramref name="token"/>.</summary>
    public static string Form(string token) => FormPrefix + token;

    /// <summary>The "Fix the form" button that reopens a refused form with what was typed.</summary>
    public static string Fix(string token) => FixPrefix + token;

    /// <summary>The "Edit" button next to a fact; null when the id is too long for a custom id.</summary>
    public static string? EditButton(string factId) => EditButtonPrefix.Length + factId.Length <= MaxLength ? EditButtonPrefix + factId : null;

    public static string Confirm(string token) => ConfirmPrefix + token;

    public static string Cancel(string token) => CancelPrefix + token;

    public static string Undo(long changeId) => UndoPrefix + changeId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsFact(string? customId) => customId?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public static string? ParseForm(string customId) => After(customId, FormPrefix);

    public static string? ParseFix(string customId) => After(customId, FixPrefix);

    public static string? ParseEditButton(string customId) => After(customId, EditButtonPrefix);

    public static string? ParseConfirm(string customId) => After(customId, ConfirmPrefix);

    public static string? ParseCancel(string customId) => After(customId, CancelPrefix);

    public static long? ParseUndo(string customId) =>
        long.TryParse(After(customId, UndoPrefix), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string? After(string customId, string prefix) =>
        customId.StartsWith(prefix, StringComparison.Ordinal) && customId.Length > prefix.Length ? customId[prefix.Length..] : null;
}
