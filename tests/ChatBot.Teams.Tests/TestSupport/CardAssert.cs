using System.Text.Json.Nodes;

namespace ChatBot.Teams.Tests.TestSupport;

/// <summary>Checks a card against what Teams mobile renders: schema 1.2 and only the elements and actions 1.2 has.</summary>
internal static class CardAssert
{
    private static readonly HashSet<string> Version12Types =
    [
        "AdaptiveCard", "TextBlock", "FactSet", "ColumnSet", "Column", "Container", "ActionSet", "Image",
        "Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility",
    ];

    public static void UsesOnlyVersion12(JsonNode card)
    {
        Assert.Equal("1.2", (string?)card["version"]);
        foreach (var type in Types(card))
        {
            Assert.Contains(type, Version12Types);
        }
    }

    public static IEnumerable<string> Types(JsonNode? node) => node switch
    {
        JsonObject obj => (obj["type"] is JsonValue value && value.TryGetValue<string>(out var type) ? [type] : Array.Empty<string>())
            .Concat(obj.Where(p => p.Key != "data").SelectMany(p => Types(p.Value))),
        JsonArray array => array.SelectMany(Types),
        _ => [],
    };

    /// <summary>Every text a user would see in the card, in document order.</summary>
    public static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key is "text" or "title" or "value" && p.Value is JsonValue v && v.TryGetValue<string>(out var s)
            ? [s]
            : Texts(p.Value)),
        JsonArray array => array.SelectMany(Texts),
        _ => [],
    };
}
