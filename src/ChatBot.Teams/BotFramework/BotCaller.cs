using ChatBot.Teams.Activities;

namespace ChatBot.Teams.BotFramework;

/// <summary>
/// Who a validated token says is calling: the <c>serviceurl</c> claim and the channels its signing key is endorsed
/// for. The two checks that need the body (the Bot Framework's rules 7 and E) are made against the activity here.
/// </summary>
/// <param name="ServiceUrl">The token's <c>serviceurl</c> claim; null for tokens that carry none (emulator, tenant).</param>
/// <param name="Endorsements">The signing key's endorsements; null when they are not required for this issuer.</param>
/// <param name="IsChannel">A Bot Framework channel token, which must carry the serviceurl claim.</param>
public sealed record BotCaller(string? ServiceUrl, IReadOnlyList<string>? Endorsements, bool IsChannel)
{
    /// <summary>Null when the activity may be trusted, otherwise why not (for the log; never sent back).</summary>
    public string? Refuse(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(ServiceUrl) && IsChannel)
        {
            return "the token has no serviceurl claim";
        }

        if (!string.IsNullOrEmpty(ServiceUrl) && !string.Equals(ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "the token's serviceurl claim differs from the activity's serviceUrl";
        }

        if (Endorsements is not null && (activity.ChannelId is null || !Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase)))
        {
            return "the signing key is not endorsed for the activity's channel";
        }

        return null;
    }
}
