using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ChatBot.Teams.Activities;

namespace ChatBot.Teams.Json;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;
