using System.Text.RegularExpressions;
using ChatBot.Core.Answers;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// Computed answers per kind of calculation, in both languages: the computed figure leads (first line with a
/// figure after the heading), carries the inputs' qualifiers, is labelled as computed and cites its inputs;
/// mixed currencies and missing inputs are said plainly instead of computed.
/// </summary>
public class ComputedAnswerTests
{
    private static readonly AnswerEngine Engine = CuratedKnowledge.Engine();

    // question, answered, regex the headline figure line must match ("" = no computed figure expected), regex anywhere
    public static TheoryData<string, bool, string, string> Differences => new()
    {
        { "How much more than Meta does Microsoft plan to spend on AI in 2025?", true, @"Computed: around \$15–20 billion", "fiscal year" },
        { "Wie viel mehr als Meta gibt Microsoft 2025 aus?", true, @"Errechnet: rund 15 bis 20 Mrd\. US-Dollar", "Geschäftsjahr" },
        { "How much more is Amazon spending than Alphabet in 2025?", true, @"Computed: more than \$25 billion", @"minus Alphabet" },
        { "wie viel mehr gibt amazon 2025 aus als meta", true, @"Errechnet: mehr als 35 Mrd\. US-Dollar", "errechnet" },
        { "Is Meta's budget bigger than Microsoft's and by how much?", true, @"Computed: around \$15–20 billion", @"Microsoft \(around \$80 billion" },
        { "Differenz zwischen Amazon und Microsoft 2025", true, @"Errechnet: mehr als 20 Mrd\. US-Dollar", "kein Kalenderjahr" },
        { "is stargate bigger than frances ai plan and by how much", true, @"^• Stargate: \$500 billion", "different currencies" },
        { "Um wie viel übertrifft Stargate Frankreichs Plan?", true, @"^• Stargate: 500 Mrd\. US-Dollar", "Ich rechne nicht um" },
        { "Wie viel mehr investiert Tesla als Apple?", false, @"^• Tesla", "Zu Apple habe ich keine passende Zahl" },
        { "How much more does Intel spend than Amazon?", false, @"^• Amazon", "no matching figure for Intel" },
        { "Wie viel mehr als Brookfield kommt aus den Emiraten?", true, @"Errechnet: möglicherweise 30 Mrd\. Euro", "möglicherweise" },
        { "how much more does facebook spend than google", true, @"Computed: \$10–15 billion", "Alphabet has the higher figure" },
    };

    public static TheoryData<string, bool, string, string> Sums => new()
    {
        { "Wie viel wollen die großen Vier 2025 zusammen investieren?", true, @"Angegeben: mehr als 300 Mrd\. US-Dollar", @"Errechnet: mehr als 315 Mrd\. US-Dollar" },
        { "big four total 2025", true, @"Stated: more than \$300 billion", @"Computed: more than \$315 billion" },
        { "How much do Amazon, Meta and Alphabet spend together in 2025?", true, @"Computed: more than \$235 billion", "sum of Amazon, Meta and Alphabet" },
        { "Wie viel investieren Amazon und Microsoft zusammen?", true, @"Errechnet: mehr als 180 Mrd\. US-Dollar", "Geschäftsjahr" },
        { "Meta und Alphabet zusammen 2025", true, @"Errechnet: 135 bis 140 Mrd\. US-Dollar", "steht so in keiner Quelle" },
        { "Alphabet and Meta combined in 2025", true, @"Computed: \$135–140 billion", "no source states it" },
        { "Wie viel investieren Frankreich und Stargate zusammen?", true, @"^• Frankreich: 109 Mrd\. Euro", "Wechselkurs" },
        { "France and Stargate combined", true, @"^• France: €109 billion", "exchange rate" },
        { "Wie viel investieren Meta und Apple zusammen?", false, @"^• Meta", "nicht bilden" },
        { "How much do Tesla and Alphabet invest together?", true, @"Computed: around \$80 billion", "different periods" },
        { "how much did microsoft put into openai altogether", true, @"Computed: around \$15 billion", @"almost \$14 billion" },
        { "Wie viel hat Microsoft insgesamt in OpenAI investiert?", true, @"Errechnet: rund 15 Mrd\. US-Dollar", "fast 14 Mrd" },
        { "Wieviel geben Meta und Google gemeinsam aus?", true, @"Errechnet: 135 bis 140 Mrd\. US-Dollar", "errechnet" },
    };

    public static TheoryData<string, bool, string, string> Ratios => new()
    {
        { "how many times bigger is oracles september deal than the june one", true, @"Computed: 10 times as large", @"divided by" },
        { "Wie viel mal so groß ist der spätere Oracle-Deal wie der erste?", true, @"Errechnet: 10-mal so groß", "geteilt durch" },
        { "How many times larger is Stargate than Meta's 2025 budget?", true, @"Computed: 7\.6–8\.4 times as large", "different periods" },
        { "Das Wievielfache von Alphabets Budget ist Stargate?", true, @"Errechnet: 6,7-mal so groß", "gerundet" },
        { "How many times more does Amazon spend than Tesla?", true, @"Computed: around 17 times as large", @"Tesla \(around \$5 billion, 2024\)" },
        { "Wie viel mal mehr investiert Microsoft als Tesla?", true, @"Errechnet: rund 16-mal so groß", "Geschäftsjahr" },
        { "how many times is Frankreich's plan the size of Stargate", true, @"^• ", "cannot be compared" },
        { "How many times bigger is Meta's budget than Apple's?", false, @"^• Meta", "no matching figure for Apple" },
        { "ratio of Microsoft to Alphabet", true, @"Computed: around 1\.1 times as large", "fiscal year" },
        { "Verhältnis Amazon zu Meta 2025", true, @"Errechnet: mehr als 1,5-mal so groß", "errechnet" },
    };

    public static TheoryData<string, bool, string, string> Shares => new()
    {
        { "Welcher Anteil von Alphabets KI-Budget 2025 fällt ins erste Quartal?", true, @"Errechnet: 21 bis 24 %", "gerundet" },
        { "What share of Alphabet's 2025 capex is spent in Q1?", true, @"Computed: 21–24%", "rounded" },
        { "Wie viel Prozent des Jahresbudgets gibt Alphabet im ersten Quartal aus?", true, @"Errechnet: 21 bis 24 %", "1\\. Quartal 2025" },
        { "what percentage of alphabets budget falls into q1 2025", true, @"Computed: 21–24%", @"\$75 billion" },
        { "Welcher Anteil der Microsoft-Investitionen bleibt in den USA?", true, @"mehr als die Hälfte", "in den USA" },
        { "What share of Microsoft's spending stays in the US?", true, @"more than half", "in the US" },
        { "Welchen Anteil hat Amazon im Vergleich zu Meta 2025?", true, @"Errechnet: weniger|Errechnet: ", "errechnet" },
        { "What share of Meta's 2025 budget is Alphabet's?", true, @"Computed: ", "computed" },
        { "Welcher Anteil von Alphabets Budget entfällt auf Januar bis März 2025?", true, @"Errechnet: 21 bis 24 %", "Quartal" },
        { "What share of Alphabet's 2025 spending is in the first quarter", true, @"Computed: 21–24%", "Q1 2025" },
    };

    public static TheoryData<string, bool, string, string> Changes => new()
    {
        { "Um wie viele Milliarden steigt Amazons KI-Budget von 2024 auf 2025?", true, @"Errechnet: mehr als 17 Mrd\. US-Dollar", @"mehr als 20 %" },
        { "How much did Amazon's capex increase from 2024 to 2025?", true, @"Computed: more than \$17 billion", @"more than 20%" },
        { "By what percentage does Amazon's spending grow from 2024 to 2025?", true, @"Computed: more than 20%", @"more than \$17 billion" },
        { "Um wie viel Prozent wächst Amazons Budget 2025 gegenüber 2024?", true, @"Errechnet: mehr als 20 %", "mehr als 17 Mrd" },
        { "How much does Amazon's AI spending rise between 2024 and 2025?", true, @"Computed: more than \$17 billion", "no source states it" },
        { "amazon 2024 vs 2025 how much increase", true, @"Computed: more than \$17 billion", "computed" },
        { "Wie stark steigen Amazons Ausgaben 2025 im Vergleich zu 2024?", true, @"Errechnet: mehr als 17 Mrd\. US-Dollar", "errechnet" },
        { "Um wie viel wächst Metas Budget von 2024 auf 2025?", false, @"nicht errechnen: Zu Meta 2024", "Meta 2024: keine vergleichbare" },
        { "How much did Tesla's spending grow from 2024 to 2025?", false, @"cannot compute that: I have no matching figure for Tesla 2025", "Tesla 2025: no comparable" },
        { "What's the change in Amazon's investment from 2024 to 2025 in percent?", true, @"Computed: more than 20%", "rounded" },
    };

    public static TheoryData<string, bool, string, string> PerYear => new()
    {
        { "What is Stargate per year?", true, @"Computed: \$125 billion \(per year, average\)", "over 4 years|spread over 4 years" },
        { "Wie viel ist das pro Jahr bei Stargate?", true, @"Errechnet: 125 Mrd\. US-Dollar \(pro Jahr, Durchschnitt\)", "verteilt auf 4 Jahre" },
        { "stargate annual average", true, @"Computed: \$125 billion", "computed" },
        { "Wie viel investiert Stargate jährlich?", true, @"Errechnet: 125 Mrd\. US-Dollar", "errechnet" },
        { "How much does SoftBank's Stargate project spend each year?", true, @"Computed: \$125 billion", "Stargate" },
        { "How much does Meta invest per year until 2028?", false, @"around \$600 billion", "does not say when the period" },
        { "Wie viel gibt Meta pro Jahr bis 2028 aus?", false, @"rund 600 Mrd\. US-Dollar", "ab wann der Zeitraum läuft" },
        { "Stargate im Schnitt pro Jahr", true, @"Errechnet: 125 Mrd\. US-Dollar", "Durchschnitt" },
        { "stargate per annum", true, @"Computed: \$125 billion", "average" },
        { "what is the big four's plan until 2026 per year", false, @"\$400 billion", "does not say when the period" },
    };

    public static TheoryData<string, bool, string, string> Remainders => new()
    {
        { "What's left of Alphabet's 2025 budget after the first quarter?", true, @"Computed: \$57–59 billion \(rest of 2025\)", "minus" },
        { "Wie viel bleibt Alphabet für den Rest des Jahres 2025?", true, @"Errechnet: 57 bis 59 Mrd\. US-Dollar \(Rest von 2025\)", "minus" },
        { "Alphabet remaining budget for 2025 after Q1", true, @"Computed: \$57–59 billion", "Q1 2025" },
        { "Was bleibt von Alphabets Budget nach dem ersten Quartal übrig?", true, @"Errechnet: 57 bis 59 Mrd\. US-Dollar", "1\\. Quartal" },
        { "How much is left for the rest of the year at Google?", true, @"Computed: \$57–59 billion", "no source states it" },
        { "Restliches Budget von Google 2025", true, @"Errechnet: 57 bis 59 Mrd\. US-Dollar", "errechnet" },
        { "What remains for Alphabet in Q2 to Q4 2025?", true, @"Computed: \$57–59 billion", "computed" },
        { "Wie viel verbleibt Alphabet nach Q1 2025?", true, @"Errechnet: 57 bis 59 Mrd\. US-Dollar", "Grundlage" },
        { "alphabet rest of 2025", true, @"Computed: \$57–59 billion", "Computed from" },
        { "Was bleibt der Google-Mutter für den Rest des Jahres?", true, @"Errechnet: 57 bis 59 Mrd\. US-Dollar", "Quellen" },
    };

    // One subject's separate figures for parts of a year add up; whole years or a year with its quarter do not.
    public static TheoryData<string, bool, string, string> SeparateFigureTotals => new()
    {
        { "oracle deals combined?", true, @"Computed: \$330 billion", "June 2025" },
        { "Wie viel haben Oracle-Deals 2025 insgesamt ausgemacht?", true, @"Errechnet: 330 Mrd\. US-Dollar", "Juni 2025" },
        { "Oracle deals in total", true, @"Computed: \$330 billion", "September 2025" },
        { "Oracles Deals zusammen", true, @"Errechnet: 330 Mrd\. US-Dollar", "Summe" },
        { "Alphabet 2025 insgesamt", true, @"^• 75 Mrd\. US-Dollar", @"1\. Quartal" },
        { "alphabet total 2025", true, @"^• \$75 billion", "first quarter" },
        { "how much has amazon invested in total?", true, @"^• more than \$100 billion", "83 billion" },
    };

    [Theory]
    [MemberData(nameof(Differences))]
    [MemberData(nameof(Sums))]
    [MemberData(nameof(Ratios))]
    [MemberData(nameof(Shares))]
    [MemberData(nameof(Changes))]
    [MemberData(nameof(PerYear))]
    [MemberData(nameof(Remainders))]
    [MemberData(nameof(SeparateFigureTotals))]
    public void Ask_ComputationQuestion_LeadsWithComputedOrSaysWhyNot(string question, bool answered, string headlinePattern, string bodyPattern)
    {
        var answer = Engine.Ask(question);
        var text = PlainTextRenderer.Render(answer);

        Assert.Equal(answered, answer.Answered);
        Assert.Matches(new Regex(headlinePattern, RegexOptions.IgnoreCase | RegexOptions.Multiline), HeadlineFigureLine(text));
        Assert.Matches(new Regex(bodyPattern, RegexOptions.IgnoreCase), text);
    }

    [Fact]
    public void Ask_Difference_ComputedFigureHasBoundsAndCitesBothInputs()
    {
        var answer = Engine.Ask("Um wie viele Milliarden steigt Amazons KI-Budget von 2024 auf 2025?");

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        var computed = answer.Computed[0];
        Assert.Equal(ComputationKind.Change, computed.Operation);
        Assert.Equal(17m, computed.Bounds.Low);
        Assert.Null(computed.Bounds.High);
        Assert.True(computed.Bounds.LowExclusive);
        Assert.Equal(["amazon-capex-2025", "amazon-capex-2024"], computed.Inputs.Select(f => f.Id));
        Assert.Equal(computed.Inputs, answer.Facts);
    }

    [Fact]
    public void Ask_MixedCurrencies_ComputesNothing()
    {
        var answer = Engine.Ask("How much more is Stargate than France's plan?");

        Assert.Empty(answer.Computed);
        Assert.DoesNotContain("391", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_GroupTotal_StatedFigureBeforeComputedSum()
    {
        var answer = Engine.Ask("What do the big four spend together in 2025?");
        var items = answer.Sections[0].Items;

        Assert.Equal("big-four", items[0].Facts[0].SubjectId);
        Assert.Contains(items, i => i.Label == "Computed" && i.Figure == "more than $315 billion");
    }

    // The first line after the heading that states a figure, as the evaluation reads it.
    private static string HeadlineFigureLine(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var heading = lines.FindIndex(l => l.Length > 0);
        return lines.Skip(heading + 1).FirstOrDefault(l => Regex.IsMatch(Regex.Replace(l, @"\[\d+\]", string.Empty), @"\d")) ?? string.Empty;
    }
}
