using System.Text;
using ChatBot.Teams.Webhook;

namespace ChatBot.Teams.Tests.Webhook;

public sealed class HmacSignatureVerifierTests
{
    // The test vector from the protocol notes, checked there against Python's hmac.
    private const string Body = """{"type":"message","text":"<at>Bot</at> hi"}""";
    private const string Header = "HMAC gGoB5NxVefJrTWwE0d6xoQGlzkPlIktqMs37z6AkSqo=";

    private readonly HmacSignatureVerifier _verifier = new([WebhookSigner.Secret]);

    [Fact]
    public void IsValid_DocumentedTestVector_True() =>
        Assert.True(_verifier.IsValid(Encoding.UTF8.GetBytes(Body), Header));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hmac gGoB5NxVefJrTWwE0d6xoQGlzkPlIktqMs37z6AkSqo=")]
    [InlineData("Bearer gGoB5NxVefJrTWwE0d6xoQGlzkPlIktqMs37z6AkSqo=")]
    [InlineData("HMAC not*base64")]
    [InlineData("HMAC gGoB5NxVefJrTWwE0d6xoQ==")]
    public void IsValid_MalformedHeader_False(string? header) =>
        Assert.False(_verifier.IsValid(Encoding.UTF8.GetBytes(Body), header));

    [Fact]
    public void IsValid_EmptyBody_False() => Assert.False(_verifier.IsValid([], Header));

    [Fact]
    public void IsValid_SecondOfSeveralSecrets_True()
    {
        var verifier = new HmacSignatureVerifier([Convert.ToBase64String(new byte[32]), WebhookSigner.Secret]);

        Assert.True(verifier.IsValid(Encoding.UTF8.GetBytes(Body), Header));
    }
}
