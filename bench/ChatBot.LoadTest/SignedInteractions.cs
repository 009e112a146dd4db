using System.Globalization;
using System.Text;
using ChatBot.Benchmarks.Shared;

namespace ChatBot.LoadTest;

/// <summary>
/// Signed <c>/ask</c> interactions prepared before the run (signing does not count as server time), from 2,000 users
/// in 50 channels, so conversations (and their follow-up context) are as many as on a busy server.
/// </summary>
internal static class SignedInteractions
{
    public static IReadOnlyList<SignedInteraction> Create(DiscordRequestSigner signer, IReadOnlyList<(string Question, string Locale)> questions, int[] draws)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return [.. draws.Select((question, i) =>
        {
            var (text, locale) = questions[question];
            var user = (80351110224000000 + (i % 2000)).ToString(CultureInfo.InvariantCulture);
            var body = Encoding.UTF8.GetBytes(AskInteractions.Json(i, text, locale, user, channel: i % 50));
            return new SignedInteraction(body, timestamp, signer.Sign(timestamp, body));
        })];
    }
}
