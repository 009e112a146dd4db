using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatBot.Teams.Manifest;

/// <summary>
/// Builds the sideloadable Teams app package: <c>manifest.json</c> (schema 1.19, a widely used version that has
/// everything a message bot needs), <c>color.png</c> and <c>outline.png</c>, all at the top level of the zip as Teams requires.
/// </summary>
public static partial class TeamsAppPackage
{
    public const string ManifestVersion = "1.19";
    public const string ManifestEntry = "manifest.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";
    private const string AccentColor = "#2E86AB";
    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    /// <summary>The host name from a bare host or a URL; null when it is neither.</summary>
    public static string? NormalizeHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return null;
        }

        var candidate = host.Contains("://", StringComparison.Ordinal) ? host.Trim() : $"https://{host.Trim()}";
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && HostName().IsMatch(uri.Host) && uri.Host.Contains('.', StringComparison.Ordinal)
            ? uri.Host
            : null;
    }

    public static JsonObject Manifest(TeamsManifestRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = $"https://{request.Host}";
        return new JsonObject
        {
            ["$schema"] = $"https://developer.microsoft.com/json-schemas/teams/v{ManifestVersion}/MicrosoftTeams.schema.json",
            ["manifestVersion"] = ManifestVersion,
            ["version"] = request.Version,
            ["id"] = (request.PackageId ?? request.BotAppId).ToString(),
            ["developer"] = new JsonObject
            {
                ["name"] = "ChatBot",
                ["websiteUrl"] = $"{site}/",
                ["privacyUrl"] = $"{site}/privacy",
                ["termsOfUseUrl"] = $"{site}/terms",
            },
            ["name"] = new JsonObject { ["short"] = "ChatBot", ["full"] = "ChatBot: AI investment figures with sources" },
            ["description"] = new JsonObject
            {
                ["short"] = "Sourced figures on AI investments, in English and German.",
                ["full"] = "Ask how much companies invest in AI. Every figure comes from a news article, with its publisher and the "
                    + "sentence quoted verbatim. Chat with the bot directly, or @mention it in a channel or group chat. "
                    + "Commands: pledge, compare, top, sources, help.",
            },
            ["icons"] = new JsonObject { ["color"] = ColorIcon, ["outline"] = OutlineIcon },
            ["accentColor"] = AccentColor,
            ["bots"] = new JsonArray
            {
                new JsonObject
                {
                    ["botId"] = request.BotAppId.ToString(),
                    ["scopes"] = Array(Scopes),
                    ["isNotificationOnly"] = false,
                    ["supportsFiles"] = false,
                    ["commandLists"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["scopes"] = Array(Scopes),
                            ["commands"] = new JsonArray([.. TeamsTextCommand.All.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["description"] = c.Description })]),
                        },
                    },
                },
            },
            ["validDomains"] = Array([request.Host]),
        };
    }

    /// <summary>Writes the zip to <paramref name="output"/>.</summary>
    public static void Write(TeamsManifestRequest request, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, ManifestEntry, JsonSerializer.SerializeToUtf8Bytes(Manifest(request), new JsonSerializerOptions { WriteIndented = true }));
        var (red, green, blue) = (Convert.ToByte(AccentColor[1..3], 16), Convert.ToByte(AccentColor[3..5], 16), Convert.ToByte(AccentColor[5..7], 16));
        Add(zip, ColorIcon, AppIcons.Color(red, green, blue));
        Add(zip, OutlineIcon, AppIcons.Outline());
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();
}
