using System.Text.Json;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Models;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using static ChatBot.Discord.Commands.DiscordCommandDefinitions;

namespace ChatBot.Discord.Tests.Commands;

/// <summary>
/// /pledge and /compare resolve their options and answer from one knowledge snapshot: the provider is read once per
/// command, whether the option is a known alias or an unknown name answered through the engine's text path.
/// </summary>
public class AnswerCommandsSnapshotTests
{
    private const int String = 3;

    [Theory]
    [InlineData("AWS", "Amazon")]
    [InlineData("Intel", "Intel")]
    public void Pledge_AnyCompany_ReadsTheKnowledgeOnce(string company, string inTitle)
    {
        var (commands, provider) = Commands();

        var response = commands.Pledge(Parse(CommandPayloads.Slash(Pledge, options: (CompanyOption, String, company))));

        provider.VerifyGet(p => p.Current, Times.Once());
        Assert.Contains(inTitle, response.Data?.Embeds?[0].Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("amazon", "Microsoft", "Comparison: Amazon and Microsoft")]
    [InlineData("amazon", "Intel", "Amazon")]
    public void Compare_AnyCompanies_ReadsTheKnowledgeOnce(string first, string second, string inTitle)
    {
        var (commands, provider) = Commands();

        var response = commands.Compare(Parse(CommandPayloads.Slash(Compare, options: [(FirstCompanyOption, String, first), (SecondCompanyOption, String, second)])));

        provider.VerifyGet(p => p.Current, Times.Once());
        Assert.Contains(inTitle, response.Data?.Embeds?[0].Title, StringComparison.Ordinal);
    }

    private static (AnswerCommands Commands, Mock<IKnowledgeProvider> Provider) Commands()
    {
        var provider = new Mock<IKnowledgeProvider>();
        provider.SetupGet(p => p.Current).Returns(CuratedKnowledge.Knowledge);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        var engine = new AnswerEngine(provider.Object, new QuestionParser(clock));
        return (new AnswerCommands(engine, provider.Object, TemplateOnlyPhraser.Instance, new InMemoryConversationContextStore(clock), new DiscordAnswerCache(Options.Create(new DiscordOptions())), clock), provider);
    }

    private static Interaction Parse(string json) =>
        JsonSerializer.Deserialize(json, ChatBot.Discord.Json.DiscordJsonContext.Default.Interaction)!;
}
