using System.Text.Json.Nodes;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Teams.Json;
using ChatBot.Teams.Rendering;

namespace ChatBot.Teams.Tests.Rendering;

public sealed class TeamsRepliesTests
{
    private static readonly IAnswerEngine Engine = CuratedKnowledge.Engine();

    // The answers with the most lines and sources the curated knowledge gives.
    public static TheoryData<string, Language> LongestQuestions => new()
    {
        { "sources", Language.English },
        { "quellen", Language.German },
        { "top 2025", Language.English },
        { "companies", Language.English },
        { "Wie viel investiert Microsoft in KI?", Language.German },
        { "How much do Amazon, Microsoft, Alphabet and Meta invest combined?", Language.English },
        { "Where does the Stargate figure come from?", Language.English },
        { "help", Language.German },
    };

    [Theory]
    [MemberData(nameof(LongestQuestions))]
    public void Answer_LongestAnswers_FitBothLimitsWithVersion12Cards(string question, Language language)
    {
        var answer = Engine.Ask(question, language);

        foreach (var options in new[] { CardOptions.Bot, CardOptions.Webhook })
        {
            var reply = TeamsReplies.Answer(answer, options);

            Assert.True(TeamsReplies.SizeOf(reply) <= options.MaxMessageBytes, $"{question}: {TeamsReplies.SizeOf(reply)} bytes");
            CardAssert.UsesOnlyVersion12(Card(reply));
            Assert.Equal(answer.Headline, (string?)Card(reply)["body"]![0]!["text"]);
        }
    }

    [Fact]
    public void Answer_FigureAnswer_ShowsBoldFiguresSourcesAndVerbatimQuotes()
    {
        var answer = Engine.Ask("pledge microsoft", Language.English);

        var card = Card(TeamsReplies.Answer(answer, CardOptions.Bot));
        var texts = CardAssert.Texts(card).ToList();

        Assert.Contains(card["body"]!.AsArray(), e => (string?)e!["type"] == "FactSet");
        var item = answer.Sections.SelectMany(s => s.Items).First(i => i.Figure is not null);
        Assert.Contains(texts, t => t.Contains($"**{item.Figure}**", StringComparison.Ordinal));
        foreach (var cited in answer.Sources)
        {
            Assert.Contains(texts, t => t.Contains(cited.Source.Publisher ?? "publisher not stated", StringComparison.Ordinal));
        }

        foreach (var fact in answer.Facts)
        {
            Assert.Contains(texts, t => t.Contains(fact.Quote, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Answer_BotCard_SourcesCollapsedWithToggleAndQuotesInvoke()
    {
        var answer = Engine.Ask("pledge meta", Language.English);

        var card = Card(TeamsReplies.Answer(answer, CardOptions.Bot));

        var sources = card["body"]!.AsArray().Single(e => (string?)e!["id"] == AdaptiveCardRenderer.SourcesId)!;
        Assert.False((bool)sources["isVisible"]!);
        Assert.Contains("Action.ToggleVisibility", CardAssert.Types(card));
        var invoke = card["actions"]![0]!["data"]!["msteams"]!;
        Assert.Equal("invoke", (string?)invoke["type"]);
        Assert.Equal(answer.Facts.Select(f => f.Id), invoke["value"]!["facts"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void Answer_WebhookCard_SourcesExpandedWithoutAnyAction()
    {
        var answer = Engine.Ask("pledge meta", Language.English);

        var card = Card(TeamsReplies.Answer(answer, CardOptions.Webhook));

        Assert.True((bool)card["body"]!.AsArray().Single(e => (string?)e!["id"] == AdaptiveCardRenderer.SourcesId)!["isVisible"]!);
        // Outgoing-webhook cards may only carry openURL actions.
        Assert.DoesNotContain(CardAssert.Types(card), t => t.StartsWith("Action.", StringComparison.Ordinal));
        Assert.Contains(CardAssert.Texts(card), t => t.Contains(answer.Facts[0].Quote, StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_GermanAnswer_UsesGermanLabels()
    {
        var card = Card(TeamsReplies.Answer(Engine.Ask("pledge meta", Language.German), CardOptions.Bot));

        Assert.Contains(CardAssert.Texts(card), t => t.StartsWith("Quellen (", StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_OversizedAnswer_DropsQuotesThenLinesAndSaysSo()
    {
        var real = Engine.Ask("sources", Language.English);
        var fact = CuratedKnowledge.Current.Facts[0];
        var item = new AnswerItem("Label", "$1 billion", "2025", new string('x', 400), [fact], [1], ShowQuotes: true);
        var huge = real with { Sections = [new AnswerSection("Many", Enumerable.Repeat(item, 400).ToList())] };

        var reply = TeamsReplies.Answer(huge, CardOptions.Bot);

        Assert.True(TeamsReplies.SizeOf(reply) <= CardOptions.BotMessageBytes);
        var texts = CardAssert.Texts(Card(reply)).ToList();
        Assert.DoesNotContain(texts, t => t.Contains(fact.Quote, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("more lines", StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_DatedFigureLine_FactValueShowsTheAsOfNote()
    {
        var real = Engine.Ask("How much does Amazon invest in 2025?", Language.English);
        var fact = CuratedKnowledge.Current.Facts[0];
        var item = new AnswerItem(null, "$1 billion", "2025", "Acme invests.", [fact], [1]) { Freshness = new(new DateOnly(2025, 4, 20), false, "as of 20 April 2025") };
        var dated = real with { Sections = [new AnswerSection(null, [item])] };

        var texts = CardAssert.Texts(Card(TeamsReplies.Answer(dated, CardOptions.Bot))).ToList();

        Assert.Contains("**$1 billion** – Acme invests. (as of 20 April 2025) [1]", texts);
    }

    [Fact]
    public void Answer_MentionMarkupInAnswerText_NeverReachesTheMessage()
    {
        var answer = Engine.Ask("How much does Zyxco invest?", Language.English);
        var withMention = answer with { Headline = "<at>Everyone</at> and <AT id=\"0\">General</AT> **bold** [link](https://evil.example)" };

        var reply = TeamsReplies.Answer(withMention, CardOptions.Bot);
        var json = TeamsJson.Serialize(reply);

        Assert.DoesNotContain("<at", json, StringComparison.OrdinalIgnoreCase);
        Assert.Null(reply.Entities);
        Assert.Equal(@"Everyone and General \*\*bold\*\* [link]\(https://evil.example)", (string?)Card(reply)["body"]![0]!["text"]);
    }

    [Theory]
    [MemberData(nameof(LongestQuestions))]
    public void Answer_PhrasedLongestAnswers_FitBothLimitsWithLabelAndTheTemplatesSources(string question, Language language)
    {
        var answer = Engine.Ask(question, language);
        var phrased = new ChatBot.Core.Phrasing.PhrasedAnswer(answer, "Ein Satz [1].\n\nNoch ein [link](https://evil.example) Satz.", null);

        foreach (var options in new[] { CardOptions.Bot, CardOptions.Webhook })
        {
            var reply = TeamsReplies.Answer(phrased, options);

            Assert.True(TeamsReplies.SizeOf(reply) <= options.MaxMessageBytes, $"{question}: {TeamsReplies.SizeOf(reply)} bytes");
            var card = Card(reply);
            CardAssert.UsesOnlyVersion12(card);
            Assert.Equal("Ein Satz [1].", (string?)card["body"]![0]!["text"]);
            Assert.Equal(@"Noch ein [link]\(https://evil.example) Satz.", (string?)card["body"]![1]!["text"]);
            Assert.Contains(language == Language.German ? "_formuliert mit KI_" : "_phrased by AI_", CardAssert.Texts(card));
            Assert.Equal(answer.Sources.Count > 0, CardAssert.Texts(card).Any(t => t.StartsWith("[1] ", StringComparison.Ordinal)));
        }
    }

    private static JsonNode Card(ChatBot.Teams.Activities.Activity reply) => reply.Attachments!.Single().Content!;
}
