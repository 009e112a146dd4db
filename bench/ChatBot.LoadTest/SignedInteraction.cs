namespace ChatBot.LoadTest;

/// <summary>A signed <c>/ask</c> interaction, prepared before the run so signing does not count as server time.</summary>
internal sealed record SignedInteraction(byte[] Body, string Timestamp, string Signature);
