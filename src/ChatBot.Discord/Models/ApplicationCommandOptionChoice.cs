using System.Text.Json;
using ChatBot.Discord.Json;

namespace ChatBot.Discord.Models;

/// <summary>A predefined or autocompleted choice; <see cref="Value"/> is a string, integer or number.</summary>
public sealed record ApplicationCommandOptionChoice(string Name, JsonElement Value)
{
    public static ApplicationCommandOptionChoice FromString(string name, string value) =>
        new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String));

    public static ApplicationCommandOptionChoice FromNumber(string name, double value) =>
        new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Double));
}
