namespace ChatBot.Discord.IngestReview;

/// <summary>What a review button or form asks for, as read from its custom id; <see cref="FactRef"/> still has to be found in the draft.</summary>
public sealed record IngestReviewAction(IngestReviewActionKind Kind, string SourceId, string? FactRef, int Page);
