namespace ChatBot.Discord.IngestReview;

/// <summary>The review buttons and the edit form.</summary>
public enum IngestReviewActionKind
{
    Approve,
    Skip,
    Edit,
    EditForm,
    ApproveAll,
    Page,
}
