using System.Text.Json.Serialization;

namespace ChatBot.Hosting;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(HealthStatus))]
[JsonSerializable(typeof(TeamsHealth))]
[JsonSerializable(typeof(PhrasingHealth))]
internal sealed partial class HostingJsonContext : JsonSerializerContext;
