namespace ChatBot.Discord.Commands;

/// <summary>
/// The <c>custom_id</c>s of the moderators' forms and buttons. They carry only ids and versions (at most 100
/// characters); a change waiting for confirmation stays on the server under a random token.
/// </summary>
public static class FactCustomIds
{
    public const string Prefix = "fact-";
    public const string AddModal = "fact-modal:add";
    private const string EditModalPrefix = "fact-modal:edit:";
    private const string EditButtonPrefix = "fact-edit:";
    private const string ConfirmPrefix = "fact-confirm:";
    private const string CancelPrefix = "fact-cancel:";
    private const string UndoPrefix = "fact-undo:";
    private const int MaxLength = 100;

    public static string EditModal(string factId, string version) => Bounded($"{EditModalPrefix}{version}:{factId}");

    /// <summary>The "Edit" button next to a fact; null when the id is too long for a custom id.</summary>
    public static string? EditButton(string factId) => EditButtonPrefix.Length + factId.Length <= MaxLength ? EditButtonPrefix + factId : null;

    public static string Confirm(string token) => ConfirmPrefix + token;

    public static string Cancel(string token) => CancelPrefix + token;

    public static string Undo(long changeId) => UndoPrefix + changeId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsFact(string? customId) => customId?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The fact id and version of an edit form; null for other ids.</summary>
    public static (string FactId, string Version)? ParseEditModal(string customId) =>
        customId.StartsWith(EditModalPrefix, StringComparison.Ordinal) && customId[EditModalPrefix.Length..].Split(':', 2) is [var version, var id] && id.Length > 0
            ? (id, version)
            : null;

    public static string? ParseEditButton(string customId) => After(customId, EditButtonPrefix);

    public static string? ParseConfirm(string customId) => After(customId, ConfirmPrefix);

    public static string? ParseCancel(string customId) => After(customId, CancelPrefix);

    public static long? ParseUndo(string customId) =>
        long.TryParse(After(customId, UndoPrefix), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string? After(string customId, string prefix) =>
        customId.StartsWith(prefix, StringComparison.Ordinal) && customId.Length > prefix.Length ? customId[prefix.Length..] : null;

    private static string Bounded(string id) => id.Length <= MaxLength ? id : throw new ArgumentException("fact id too long for a form", nameof(id));
}
