using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Tests.Interactions;

public class DiscordMessageLimitsTests
{
    [Fact]
    public void Apply_ContentOverLimit_TruncatesWithEllipsis()
    {
        var data = new InteractionCallbackData { Content = new string('a', 2500) };

        var limited = DiscordMessageLimits.Apply(data);

        Assert.Equal(DiscordMessageLimits.MaxContentLength, limited.Content!.Length);
        Assert.EndsWith("…", limited.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_HandlerAllowsEveryone_ReplacesWithEmptyParse()
    {
        var data = new InteractionCallbackData { Content = "@everyone", AllowedMentions = new AllowedMentions { Parse = ["everyone", "roles"] } };

        var limited = DiscordMessageLimits.Apply(data);

        Assert.Empty(limited.AllowedMentions!.Parse);
    }

    [Fact]
    public void Apply_ChannelReply_SuppressesRepliedUserPing()
    {
        var limited = DiscordMessageLimits.Apply(new CreateMessageRequest { Content = "hi" });

        Assert.Empty(limited.AllowedMentions!.Parse);
        Assert.False(limited.AllowedMentions.RepliedUser);
    }

    [Fact]
    public void Apply_DescriptionOverLimit_SplitsIntoContinuationEmbed()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 1000));
        var embed = new Embed { Title = "Answer", Description = words, Color = 42 };

        var embeds = DiscordMessageLimits.Apply(new InteractionCallbackData { Embeds = [embed] }).Embeds!;

        Assert.Equal(2, embeds.Count);
        Assert.All(embeds, e => Assert.True(e.Description!.Length <= DiscordMessageLimits.MaxDescriptionLength));
        Assert.Equal(words, embeds[0].Description + " " + embeds[1].Description);
        Assert.Null(embeds[1].Title);
        Assert.Equal(42, embeds[1].Color);
    }

    [Fact]
    public void Apply_ThirtyFields_MovesOverflowToNextEmbedKeepingFooterLast()
    {
        var fields = Enumerable.Range(0, 30).Select(i => new EmbedField($"n{i}", $"v{i}")).ToList();
        var embed = new Embed { Title = "Figures", Fields = fields, Footer = new EmbedFooter("Sources") };

        var embeds = DiscordMessageLimits.Apply(new InteractionCallbackData { Embeds = [embed] }).Embeds!;

        Assert.Equal(2, embeds.Count);
        Assert.Equal(25, embeds[0].Fields!.Count);
        Assert.Equal(5, embeds[1].Fields!.Count);
        Assert.Null(embeds[0].Footer);
        Assert.Equal("Sources", embeds[1].Footer!.Text);
    }

    [Fact]
    public void Apply_LongTitleFieldAndFooter_TruncatesEach()
    {
        var embed = new Embed
        {
            Title = new string('t', 300),
            Fields = [new EmbedField(new string('n', 300), new string('v', 1100))],
            Footer = new EmbedFooter(new string('f', 2100)),
        };

        var limited = DiscordMessageLimits.Apply(new InteractionCallbackData { Embeds = [embed] }).Embeds!.Single();

        Assert.Equal(256, limited.Title!.Length);
        Assert.Equal(256, limited.Fields![0].Name.Length);
        Assert.Equal(1024, limited.Fields[0].Value.Length);
        Assert.True(limited.Footer!.Text.Length <= 2048);
        Assert.EndsWith("…", limited.Fields[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_EmbedsOverTotalBudget_TrimsToSixThousandCharacters()
    {
        var embeds = Enumerable.Range(0, 3).Select(_ => new Embed { Description = new string('x', 4000) }).ToList();

        var limited = DiscordMessageLimits.Apply(new InteractionCallbackData { Embeds = embeds }).Embeds!;

        Assert.Equal(6000, limited.Sum(e => e.Description!.Length));
        Assert.EndsWith("…", limited[^1].Description!, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_TwelveEmbeds_KeepsTen()
    {
        var embeds = Enumerable.Range(0, 12).Select(i => new Embed { Title = $"e{i}" }).ToList();

        var limited = DiscordMessageLimits.Apply(new InteractionCallbackData { Embeds = embeds }).Embeds!;

        Assert.Equal(10, limited.Count);
    }

    [Fact]
    public void Apply_ThirtyChoices_KeepsTwentyFive()
    {
        var choices = Enumerable.Range(0, 30).Select(i => ApplicationCommandOptionChoice.FromString($"c{i}", $"{i}")).ToList();
        var response = new InteractionResponse
        {
            Type = InteractionCallbackType.ApplicationCommandAutocompleteResult,
            Data = new InteractionCallbackData { Choices = choices },
        };

        var limited = DiscordMessageLimits.Apply(response);

        Assert.Equal(25, limited.Data!.Choices!.Count);
    }

    [Fact]
    public void Truncate_CutInsideSurrogatePair_DoesNotSplitIt()
    {
        var text = new string('a', 8) + "😀😀";

        var truncated = DiscordMessageLimits.Truncate(text, 10);

        Assert.Equal(new string('a', 8) + "…", truncated);
    }
}
