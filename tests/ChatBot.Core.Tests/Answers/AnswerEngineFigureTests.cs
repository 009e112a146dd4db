using System.Text.RegularExpressions;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Answers;

/// <summary>Questions as team members ask them, with the figure each answer must state.</summary>
public class AnswerEngineFigureTests
{
    private static readonly AnswerEngine Engine = CuratedKnowledge.Engine();

    public static TheoryData<string, string, string> Questions => new()
    {
        // question, expected language, regex the rendered answer must match
        { "Wie viel investiert Meta 2025 in KI?", "de", @"60 bis 65 Mrd\. US-Dollar" },
        { "How much will Amazon invest in AI in 2025?", "en", @"more than \$100 billion" },
        { "Wie viel plant die Google-Mutter Alphabet 2025 zu investieren?", "de", @"\b75 Mrd\. US-Dollar" },
        { "What did Macron announce at the AI summit in Paris?", "en", @"€109 billion" },
        { "Stargate", "en", @"\$500 billion \(over the next four years\)" },
        { "How large is Oracle's September 2025 deal?", "en", @"\$300 billion \(September 2025\)" },
        { "pledge amazon", "en", @"more than \$100 billion" },
        { "/pledge microsoft", "en", @"around \$80 billion \(fiscal year 2025\)" },
        { "Wie viel investiert Microsoft in KI?", "de", @"rund 80 Mrd\. US-Dollar \(Geschäftsjahr 2025\)" },
        { "wie viel investiert microsoft", "de", @"rund 80 Mrd\. US-Dollar" },
        { "Wie viel investiert Mircosoft im Geschaeftsjahr 2025", "de", @"rund 80 Mrd\. US-Dollar" },
        { "How much does MSFT spend in FY25?", "en", @"around \$80 billion \(fiscal year 2025\)" },
        { "Wie viel investiert Microsoft im GJ 2025 in KI-Rechenzentren?", "de", @"rund 80 Mrd\. US-Dollar" },
        { "Wie viel der Microsoft-Investitionen bleibt in den USA?", "de", @"mehr als die Hälfte" },
        { "How much did Amazon invest in 2024?", "en", @"\$83 billion \(2024\)" },
        { "Wie viel hat Amazon im Jahr 2024 investiert?", "de", @"\b83 Mrd\. US-Dollar" },
        { "AWS capex 2025", "en", @"more than \$100 billion" },
        { "Wie viel investiert Google?", "de", @"\b75 Mrd\. US-Dollar" },
        { "Alphabet first quarter", "en", @"\$16–18 billion \(Q1 2025\)" },
        { "Wie viel investiert Alphabet im ersten Quartal?", "de", @"16 bis 18 Mrd\. US-Dollar" },
        { "How much is Facebook spending on AI?", "en", @"\$60–65 billion" },
        { "Metas KI-Budget", "de", @"60 bis 65 Mrd\. US-Dollar" },
        { "Wie viel will Zuckerberg bis 2028 investieren?", "de", @"rund 600 Mrd\. US-Dollar \(bis 2028\)" },
        { "How much has Meta earmarked for data centers?", "en", @"around \$40 billion" },
        { "Wie viel hat Tesla 2024 in KI investiert?", "de", @"rund 5 Mrd\. US-Dollar \(2024\)" },
        { "Tesla AI spending", "en", @"around \$5 billion" },
        { "Wie viel investiert Frankreich in KI?", "de", @"109 Mrd\. Euro" },
        { "How much does Brookfield contribute to France?", "en", @"€20 billion" },
        { "Wie viel könnte aus den Vereinigten Arabischen Emiraten kommen?", "de", @"möglicherweise 50 Mrd\. Euro" },
        { "Was ist das Stargate-Projekt?", "de", @"500 Mrd\. US-Dollar" },
        { "Oracle OpenAI deal June 2025", "en", @"\$30 billion \(June 2025\)" },
        { "Wie viel hat Microsoft 2019 in OpenAI investiert?", "de", @"\b1 Mrd\. US-Dollar \(2019\)" },
        { "How much did Microsoft invest in OpenAI in total after 2019?", "en", @"almost \$14 billion" },
        { "Microsoft education initiative", "en", @"\$4 billion" },
        { "Wie viel investiert Microsoft in Bildung?", "de", @"\b4 Mrd\. US-Dollar" },
        { "How much will the big four spend?", "en", @"more than \$300 billion" },
        { "Wie viel geben die großen Vier bis Ende 2026 aus?", "de", @"400 Mrd\. US-Dollar" },
        { "How much did the tech giants spend so far this year?", "en", @"around \$155 billion" },
        { "Wie viel wurde 2024 in KI-Projekte investiert?", "de", @"230 Mrd\. US-Dollar" },
        { "What does Jensen Huang estimate for AI infrastructure?", "en", @"\$3–4 trillion" },
        { "Wie stark ist Azure gewachsen?", "de", @"39 %" },
        { "When did the EU AI Act enter into force?", "en", @"1 August 2024" },
        { "Wann trat die KI-Verordnung der EU in Kraft?", "de", @"1\. August 2024" },
        { "How many countries does Microsoft invest in?", "en", @"more than 40 countries" },
        { "Wie viele Staaten nehmen am KI-Gipfel teil?", "de", @"fast 100 Länder" },
        { "Wie viel wird in KI-Rechenzentren investiert?", "de", @"rund 80 Mrd\. US-Dollar" },
        { "MAI-1 parameters", "en", @"500 billion parameters" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void Ask_Question_StatesExpectedFigureInQuestionLanguage(string question, string language, string figurePattern)
    {
        var answer = Engine.Ask(question);
        var text = PlainTextRenderer.Render(answer);

        Assert.Equal(language == "de" ? Language.German : Language.English, answer.Language);
        Assert.Matches(new Regex(figurePattern), text);
        Assert.NotEmpty(answer.Facts);
        Assert.NotEmpty(answer.Sources);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Ask_Question_EveryCitedFactHasItsSourceListed(string question, string language, string figurePattern)
    {
        _ = (language, figurePattern);
        var answer = Engine.Ask(question);

        Assert.All(answer.Facts, fact => Assert.NotNull(answer.NumberOf(fact.SourceId)));
        Assert.All(answer.Sections.SelectMany(s => s.Items), item =>
            Assert.All(item.Facts, fact => Assert.Contains(answer.NumberOf(fact.SourceId)!.Value, item.SourceNumbers)));
    }
}
