using System.Text.Json.Serialization;

namespace ChatBot.Hosting;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(HealthStatus))]
internal sealed partial class HostingJsonContext : JsonSerializerContext;
