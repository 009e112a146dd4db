using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Teams.Tests.TestSupport;

/// <summary>Signs bodies the way Teams signs outgoing-webhook requests.</summary>
internal static class WebhookSigner
{
    /// <summary>The docs' example security token for "contoso" (32 bytes).</summary>
    public const string Secret = "vqF0En+Z0ucuRTM/01o2GuhMH3hKKk/N2bOmlM31zaA=";

    public static string Sign(byte[] body, string secret = Secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(secret), body));

    public static HttpRequestMessage Request(Uri url, string body, string secret = Secret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", "HMAC " + Sign(bytes, secret));
        return request;
    }

    public static string Message(string text, string locale = "en-US") =>
        $$"""{"type":"message","id":"1481567603816","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/amer/","from":{"id":"29:abc","name":"Jane"},"conversation":{"id":"19:x@thread.skype;messageid=1","conversationType":"channel","isGroup":true},"recipient":{"id":"28:webhook","name":"ChatBot"},"text":{{System.Text.Json.JsonSerializer.Serialize(text)}},"locale":"{{locale}}"}""";
}
