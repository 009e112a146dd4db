using System.Text.Encodings.Web;
using System.Text.Json;
using ChatBot.Teams.Activities;

namespace ChatBot.Teams.Json;

/// <summary>Serialization of activities; umlauts and quotation marks stay readable instead of \u escapes, keeping messages small.</summary>
internal static class TeamsJson
{
    public static JsonSerializerOptions Options { get; } = new(TeamsJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly TeamsJsonContext Context = new(Options);

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Context.Activity);

    public static byte[] SerializeToUtf8(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, Context.Activity);

    /// <summary>The activity in <paramref name="body"/>; throws <see cref="JsonException"/> when it is not one.</summary>
    public static Activity Deserialize(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize(body, Context.Activity) ?? throw new JsonException("The body is JSON null, not an activity.");
}
