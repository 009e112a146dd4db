namespace ChatBot.Teams.LoadTest;

/// <summary>A request body and its <c>Authorization: HMAC …</c> value.</summary>
internal sealed record SignedWebhookRequest(byte[] Body, string Authorization);
