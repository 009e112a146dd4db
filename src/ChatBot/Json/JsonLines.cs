using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChatBot.Json;

/// <summary>Serialises contract objects to single JSON lines, keeping umlauts and quotes readable.</summary>
internal static class JsonLines
{
    private static readonly ChatBotJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Of(AnswerJson answer) => JsonSerializer.Serialize(answer, Context.AnswerJson);

    public static string Of(ErrorJson error) => JsonSerializer.Serialize(error, Context.ErrorJson);
}
