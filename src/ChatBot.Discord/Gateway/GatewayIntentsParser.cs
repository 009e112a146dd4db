using System.Globalization;

namespace ChatBot.Discord.Gateway;

/// <summary>Parses DISCORD_INTENTS: a decimal bit set ("4609") or names ("GUILDS, GUILD_MESSAGES" or "Guilds|GuildMessages").</summary>
public static class GatewayIntentsParser
{
    private static readonly int KnownBits = Enum.GetValues<GatewayIntents>().Aggregate(0, (all, intent) => all | (int)intent);

    public static bool TryParse(string? text, out GatewayIntents intents)
    {
        intents = GatewayIntents.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
        {
            intents = (GatewayIntents)bits;
            return (bits & ~KnownBits) == 0;
        }

        foreach (var name in text.Split([',', '|', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<GatewayIntents>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var intent)
                || !Enum.IsDefined(intent))
            {
                intents = GatewayIntents.None;
                return false;
            }

            intents |= intent;
        }

        return true;
    }
}
