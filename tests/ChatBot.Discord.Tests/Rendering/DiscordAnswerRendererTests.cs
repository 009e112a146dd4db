using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Tests.Rendering;

public sealed class DiscordAnswerRendererTests
{
    [Theory]
    [InlineData("en", "Sources", "[1] “A *bold* claim” – publisher not stated")]
    [InlineData("de", "Quellen", "[1] „A *bold* claim“ – Herausgeber nicht angegeben")]
    public void Render_SourceWithoutPublisher_SaysSoInTheAnswersLanguage(Language language, string field, string line)
    {
        var data = DiscordAnswerRenderer.Render(AnswerWith(language, new Source("s", "A *bold* claim", null, null, null, null, "a.txt")));

        var sources = Assert.Single(data.Embeds![0].Fields!, f => f.Name == field);
        Assert.Equal(line.Replace("*", "\\*", StringComparison.Ordinal), sources.Value);
    }

    [Fact]
    public void Render_UntitledSource_ShowsTheFileName()
    {
        var data = DiscordAnswerRenderer.Render(AnswerWith(Language.English, new Source("s", null, "IT BOLTWISE", null, null, null, "004.txt")));

        Assert.Equal("[1] untitled (004.txt) – IT BOLTWISE", data.Embeds![0].Fields!.Single(f => f.Name == "Sources").Value);
    }

    [Fact]
    public void Render_Item_BoldFigurePeriodTextAndCitation()
    {
        var data = DiscordAnswerRenderer.Render(AnswerWith(Language.English, new Source("s", "T", "P", null, null, null, null)));

        Assert.Equal("• Acme: **$5 billion** (2025) – Acme invests. [1]", data.Embeds![0].Description);
        Assert.Equal("Acme: figures", data.Embeds![0].Title);
    }

    [Fact]
    public void Render_DatedItem_AsOfNoteEscapedBeforeCitation()
    {
        var dated = new AnswerItem("Acme", "$5 billion", "2025", "Acme invests.", [], [1]) { Freshness = new(new DateOnly(2025, 1, 15), true, "older figure from 15 January 2025*") };

        var data = DiscordAnswerRenderer.Render(AnswerWith(Language.English, new Source("s", "T", "P", null, null, null, null), dated));

        Assert.Equal("• Acme: **$5 billion** (2025) – Acme invests. (older figure from 15 January 2025\\*) [1]", data.Embeds![0].Description);
    }

    private static Answer AnswerWith(Language language, Source source, AnswerItem? dated = null)
    {
        var query = new Query("q", language, QueryIntent.Figures, [], [], PeriodFilter.None, []);
        var item = dated ?? new AnswerItem("Acme", "$5 billion", "2025", "Acme invests.", [], [1]);
        return new Answer(query, AnswerKind.Figures, true, "Acme: figures", [], [new AnswerSection(null, [item])], [], [new CitedSource(1, source)]);
    }
}
