using System.Text.Json.Serialization;

namespace ChatBot.Json;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AnswerJson))]
[JsonSerializable(typeof(ErrorJson))]
internal sealed partial class ChatBotJsonContext : JsonSerializerContext;
