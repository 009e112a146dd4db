using System.IO.Compression;
using ChatBot.Cli;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

public sealed class TeamsCommandTests
{
    [Fact]
    public void Manifest_ValidArguments_WritesThePackage()
    {
        using var temp = new TempDirectory();
        var console = new TestConsole();
        var output = Path.Combine(temp.Path, "app.zip");

        var exit = TeamsCommand.Run(console.Context, "11111111-2222-3333-4444-555555555555", "https://bot.example.com/", "1.2.3", output);

        Assert.Equal(ExitCodes.Success, exit);
        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(3, zip.Entries.Count);
        Assert.Contains("\"1.2.3\"", new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-guid", "bot.example.com", "1.0.0", "--app-id")]
    [InlineData("11111111-2222-3333-4444-555555555555", "not a host", "1.0.0", "--host")]
    [InlineData("11111111-2222-3333-4444-555555555555", "bot.example.com", "1.0", "--version")]
    public void Manifest_BadArgument_FailsNamingTheOption(string appId, string host, string version, string option)
    {
        using var temp = new TempDirectory();
        var console = new TestConsole();

        var exit = TeamsCommand.Run(console.Context, appId, host, version, Path.Combine(temp.Path, "app.zip"));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(option, console.Error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "app.zip")));
    }
}
