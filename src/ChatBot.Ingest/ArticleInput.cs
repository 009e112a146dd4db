namespace ChatBot.Ingest;

/// <summary>An article's plain text as read from a file, page or attachment, and where it came from.</summary>
public sealed record ArticleInput(string Text, string Origin);
