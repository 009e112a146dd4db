namespace ChatBot.Discord.IngestReview;

/// <summary>The ingest and review commands the router dispatches to, present when the host has a knowledge folder to write.</summary>
public sealed record IngestReviewCommands(IngestCommand Ingest, IngestReviewButtons Buttons, DraftsCommand Drafts);
