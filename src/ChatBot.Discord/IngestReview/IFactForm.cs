using ChatBot.Discord.Models;

namespace ChatBot.Discord.IngestReview;

/// <summary>
/// The seam to the /fact form: the review opens it prefilled with a proposal and reads back the fact it yields,
/// without knowing the form's fields (they belong to the /fact commands and change with them).
/// </summary>
public interface IFactForm
{
    /// <summary>The modal response showing <paramref name="yaml"/>; null when the fact does not fit the form.</summary>
    InteractionResponse? Open(string customId, string title, string yaml);

    /// <summary>The fact's YAML as the moderator submitted it; null when the submit holds none.</summary>
    string? Read(InteractionData? data);
}
