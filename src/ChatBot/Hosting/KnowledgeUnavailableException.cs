namespace ChatBot.Hosting;

/// <summary>The knowledge file could not be loaded at start-up; the message is one line for the operator.</summary>
internal sealed class KnowledgeUnavailableException(string message) : Exception(message);
