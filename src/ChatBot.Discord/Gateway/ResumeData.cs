namespace ChatBot.Discord.Gateway;

/// <summary>Payload of op 6 Resume.</summary>
internal sealed record ResumeData(string Token, string SessionId, long? Seq);
