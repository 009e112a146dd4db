namespace ChatBot.Core.Ingest;

/// <summary>An article or ingest request that cannot be taken in; the message is the one-line error shown to the moderator.</summary>
public sealed class IngestException(string message) : Exception(message);
