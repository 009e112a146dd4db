using System.IO.Compression;
using System.Text.Json.Nodes;
using ChatBot.Core.Understanding;
using ChatBot.Teams.Manifest;

namespace ChatBot.Teams.Tests.Manifest;

public sealed class TeamsAppPackageTests
{
    private static readonly Guid BotId = Guid.Parse(TestTokens.AppId);

    [Fact]
    public void Write_Package_HoldsExactlyManifestAndIconsAtTopLevel()
    {
        using var zip = Package();

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void Write_Manifest_HasEveryRequiredFieldWithinTheSchemaLimits()
    {
        using var zip = Package();
        var manifest = JsonNode.Parse(Read(zip, "manifest.json"))!;

        // Root "required" of the v1.19 schema.
        foreach (var field in new[] { "manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor" })
        {
            Assert.NotNull(manifest[field]);
        }

        Assert.Equal("1.19", (string?)manifest["manifestVersion"]);
        Assert.EndsWith("/v1.19/MicrosoftTeams.schema.json", (string?)manifest["$schema"], StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d+\.\d+$", (string?)manifest["version"]);
        Assert.Matches(@"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", (string?)manifest["id"]);
        Assert.Matches("^#[0-9a-fA-F]{6}$", (string?)manifest["accentColor"]);
        var developer = manifest["developer"]!;
        Assert.True(((string?)developer["name"])!.Length <= 32);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.Matches("^[Hh][Tt][Tt][Pp][Ss]?://", (string?)developer[url]);
        }

        var (nameShort, nameFull) = ((string)manifest["name"]!["short"]!, (string)manifest["name"]!["full"]!);
        Assert.True(nameShort.Length <= 30 && nameFull.Length <= 100 && nameShort != nameFull);
        Assert.True(((string)manifest["description"]!["short"]!).Length <= 80);
        Assert.True(((string)manifest["description"]!["full"]!).Length <= 4000);
        Assert.Equal("color.png", (string?)manifest["icons"]!["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]!["outline"]);
        Assert.Equal(["bot.example.com"], manifest["validDomains"]!.AsArray().Select(d => (string)d!));
    }

    [Fact]
    public void Write_Bot_HasTheAppIdAllScopesAndTheTextCommands()
    {
        using var zip = Package();
        var bot = JsonNode.Parse(Read(zip, "manifest.json"))!["bots"]!.AsArray().Single()!;

        Assert.Equal(BotId.ToString(), (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        var commands = bot["commandLists"]!.AsArray().Single()!["commands"]!.AsArray();
        Assert.InRange(commands.Count, 1, 10);
        Assert.Equal(TeamsTextCommand.All.Select(c => c.Title), commands.Select(c => (string)c!["title"]!));
        Assert.All(commands, c => Assert.True(((string)c!["title"]!).Length <= 32 && ((string)c["description"]!).Length <= 128));
    }

    [Theory]
    [InlineData("pledge", QueryIntent.Figures)]
    [InlineData("compare", QueryIntent.Compare)]
    [InlineData("top", QueryIntent.Rank)]
    [InlineData("sources", QueryIntent.Sources)]
    [InlineData("help", QueryIntent.Help)]
    public void TextCommands_Examples_AreUnderstoodAsTheirCommand(string title, QueryIntent intent)
    {
        var command = TeamsTextCommand.All.Single(c => c.Title == title);

        Assert.StartsWith(title, command.Example, StringComparison.Ordinal);
        Assert.Equal(intent, CuratedKnowledge.Engine().Understand(command.Example).Intent);
    }

    [Fact]
    public void Write_ColorIcon_Is192SquareOnASolidBackground()
    {
        using var zip = Package();
        var icon = PngImage.Decode(ReadBytes(zip, "color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
        // The 48 px padding around the 96 px symbol is background only.
        var background = icon.Pixels().First();
        Assert.All(Enumerable.Range(0, 48).Select(i => icon.Pixels().ElementAt(i * 192 + i)), p => Assert.Equal(background, p));
        Assert.Contains(icon.Pixels(), p => p == (255, 255, 255, 255));
    }

    [Fact]
    public void Write_OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        using var zip = Package();
        var icon = PngImage.Decode(ReadBytes(zip, "outline.png"));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.True(p == (255, 255, 255, 255) || p.A == 0, $"pixel {p}"));
        Assert.Contains(icon.Pixels(), p => p.A == 255);
        Assert.Contains(icon.Pixels(), p => p.A == 0);
    }

    [Theory]
    [InlineData("bot.example.com", "bot.example.com")]
    [InlineData("https://bot.example.com/api/messages", "bot.example.com")]
    [InlineData("localhost", null)]
    [InlineData("bad host.com", null)]
    [InlineData("", null)]
    public void NormalizeHost_Input_HostOrNull(string input, string? expected) =>
        Assert.Equal(expected, TeamsAppPackage.NormalizeHost(input));

    private static ZipArchive Package()
    {
        var stream = new MemoryStream();
        TeamsAppPackage.Write(new TeamsManifestRequest(BotId, "bot.example.com"), stream);
        stream.Position = 0;
        return new ZipArchive(stream, ZipArchiveMode.Read);
    }

    private static string Read(ZipArchive zip, string name) => new StreamReader(zip.GetEntry(name)!.Open()).ReadToEnd();

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var buffer = new MemoryStream();
        zip.GetEntry(name)!.Open().CopyTo(buffer);
        return buffer.ToArray();
    }
}
