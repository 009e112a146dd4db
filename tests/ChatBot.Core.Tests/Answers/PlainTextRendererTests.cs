using ChatBot.Core.Answers;
using ChatBot.Core.Answers.Freshness;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>The plain-text layout of an answer built by hand, so every piece (lead, sections, quotes, notes, sources) is pinned.</summary>
public sealed class PlainTextRendererTests
{
    private static readonly Source Titled = new("s1", "Acme baut aus", "Example Times", null, null, null, "a1.txt");
    private static readonly Source Untitled = new("s2", null, null, null, null, null, "a2.txt");
    private static readonly Fact First = TestFacts.Fact(id: "f1", quote: "Acme will 10 Mrd. investieren", source: "s1");
    private static readonly Fact Second = TestFacts.Fact(id: "f2", quote: "Acme spends 12 bn", source: "s2");

    [Fact]
    public void Render_FullAnswer_LaysOutEveryPartInOrder()
    {
        var answer = Build(
            Language.English,
            ["No figure for Q1 2025.", "Second lead."],
            [
                new AnswerSection(null, [new AnswerItem("Acme", "$10 billion", "2025", "Acme invests.", [First], [1])]),
                new AnswerSection("Other periods", [
                    new AnswerItem(null, "$12 billion", null, "Acme spends.", [Second], [2, 1]) { Freshness = new FigureFreshness(new DateOnly(2025, 1, 15), true, "older figure") },
                    new AnswerItem(null, null, null, "Plain line.", [], []),
                ]),
            ],
            ["Note one.", "Note two."]);

        Assert.Equal(
            "Headline\nNo figure for Q1 2025.\nSecond lead.\n" +
            "\n• Acme: $10 billion (2025) – Acme invests. [1]\n" +
            "\nOther periods:\n• $12 billion – Acme spends. (older figure) [2, 1]\n• Plain line.\n" +
            "\nNote one.\n\nNote two.\n" +
            "\nSources:\n[1] “Acme baut aus” – Example Times\n[2] untitled (a2.txt) – publisher not stated",
            PlainTextRenderer.Render(answer).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Render_ItemShowingQuotes_QuotesEachFactWithItsSourceNumberInTheLanguagesMarks()
    {
        var answer = Build(
            Language.German,
            [],
            [new AnswerSection(null, [new AnswerItem(null, "10 Mrd. US-Dollar", "2025", "Acme investiert.", [First, Second], [1, 2], ShowQuotes: true)])],
            []);

        Assert.Equal(
            "Headline\n" +
            "\n• 10 Mrd. US-Dollar (2025) – Acme investiert. [1, 2]\n" +
            "    „Acme will 10 Mrd. investieren“ [1]\n" +
            "    „Acme spends 12 bn“ [2]\n" +
            "\nQuellen:\n[1] „Acme baut aus“ – Example Times\n[2] ohne Titel (a2.txt) – Herausgeber nicht angegeben",
            PlainTextRenderer.Render(answer).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Render_HeadlineOnly_IsTheHeadlineAlone() =>
        Assert.Equal("Headline", PlainTextRenderer.Render(Build(Language.English, [], [], [], cite: false)));

    [Fact]
    public void Render_GivenPhrases_UsesThemInsteadOfTheLanguagesDefault()
    {
        var answer = Build(Language.English, [], [], [], cite: true);

        var text = PlainTextRenderer.Render(answer, PhraseBooks.German.Answers).ReplaceLineEndings("\n");

        Assert.Equal("Headline\n\nQuellen:\n[1] „Acme baut aus“ – Example Times\n[2] ohne Titel (a2.txt) – Herausgeber nicht angegeben", text);
    }

    private static Answer Build(Language language, IReadOnlyList<string> lead, IReadOnlyList<AnswerSection> sections, IReadOnlyList<string> notes, bool cite = true) =>
        new(
            new Query("q", language, QueryIntent.Figures, [], [], PeriodFilter.None, []),
            AnswerKind.Figures,
            true,
            "Headline",
            lead,
            sections,
            notes,
            cite ? [new CitedSource(1, Titled), new CitedSource(2, Untitled)] : []);
}
