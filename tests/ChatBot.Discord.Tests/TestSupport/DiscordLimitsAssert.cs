using System.Text.Json;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>Checks a response body as Discord would: no pings possible, and every length limit respected.</summary>
internal static class DiscordLimitsAssert
{
    public static void SafeMessage(JsonElement data)
    {
        var parse = data.GetProperty("allowed_mentions").GetProperty("parse");
        Assert.Equal(JsonValueKind.Array, parse.ValueKind);
        Assert.Equal(0, parse.GetArrayLength());
        if (data.TryGetProperty("content", out var content))
        {
            Assert.True(content.GetString()!.Length <= 2000);
        }

        var total = 0;
        foreach (var embed in data.TryGetProperty("embeds", out var embeds) ? embeds.EnumerateArray() : default)
        {
            total += Length(embed, "title", 256) + Length(embed, "description", 4096);
            if (embed.TryGetProperty("footer", out var footer))
            {
                total += Length(footer, "text", 2048);
            }

            var fields = embed.TryGetProperty("fields", out var f) ? f.EnumerateArray().ToList() : [];
            Assert.True(fields.Count <= 25);
            foreach (var field in fields)
            {
                var name = Length(field, "name", 256);
                var value = Length(field, "value", 1024);
                Assert.True(name > 0 && value > 0);
                total += name + value;
            }
        }

        Assert.True(total <= 6000);
        foreach (var row in data.TryGetProperty("components", out var rows) ? rows.EnumerateArray() : default)
        {
            foreach (var button in row.GetProperty("components").EnumerateArray())
            {
                var id = button.GetProperty("custom_id").GetString()!;
                Assert.InRange(id.Length, 1, 100);
            }
        }
    }

    private static int Length(JsonElement element, string property, int max)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return 0;
        }

        var length = value.GetString()!.Length;
        Assert.True(length <= max, $"{property} has {length} characters; Discord allows {max}.");
        return length;
    }
}
