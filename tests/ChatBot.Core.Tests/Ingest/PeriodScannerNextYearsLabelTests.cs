using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>
/// "In den nächsten drei Jahren": each language's label of the span names the number in its own words, whichever
/// language the article wrote it in; digits stay digits.
/// </summary>
public sealed class PeriodScannerNextYearsLabelTests
{
    private static readonly DateOnly Published = new(2025, 2, 10);

    [Theory]
    [InlineData("Acme plant in den nächsten drei Jahren 5 Mrd. Euro.", "in den nächsten drei Jahren", "over the next three years")]
    [InlineData("Acme plant in den nächsten fünf Jahren 5 Mrd. Euro.", "in den nächsten fünf Jahren", "over the next five years")]
    [InlineData("Acme plant in den nächsten fuenf Jahren 5 Mrd. Euro.", "in den nächsten fünf Jahren", "over the next five years")]
    [InlineData("Acme plant in den nächsten zwölf Jahren 5 Mrd. Euro.", "in den nächsten zwölf Jahren", "over the next twelve years")]
    [InlineData("Acme plans €5bn over the next three years.", "in den nächsten drei Jahren", "over the next three years")]
    [InlineData("Acme plans €5bn in the next twenty years.", "in den nächsten zwanzig Jahren", "over the next twenty years")]
    [InlineData("Acme plant in den nächsten 3 Jahren 5 Mrd. Euro.", "in den nächsten 3 Jahren", "over the next 3 years")]
    [InlineData("Acme plans €5bn over the next 10 years.", "in den nächsten 10 Jahren", "over the next 10 years")]
    public void Scan_NextYears_LabelNamesTheNumberInEachLanguagesWords(string sentence, string german, string english)
    {
        var label = PeriodScanner.Scan(sentence, sentence.IndexOf('5', StringComparison.Ordinal), Published).Label!;

        Assert.Equal((german, english), (label.In(Language.German), label.In(Language.English)));
    }

    [Fact]
    public void Scan_NextYearsInAGermanArticle_DraftStatesTheEnglishPeriodInEnglish()
    {
        var extraction = ArticleExtractor.Extract(
            "Acme will in den nächsten drei Jahren 5 Mrd. Euro investieren.\n", new ExtractionOptions("acme", Published, Language.German), knowledge: null);

        var draft = DraftYaml.Write(new DraftSource("acme", "Titel", "Verlag", Published, null, "acme.txt", "00"), extraction);

        Assert.Contains("label: { de: \"in den nächsten drei Jahren\", en: \"over the next three years\" }", draft, StringComparison.Ordinal);
        Assert.Contains("(over the next three years).", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("drei years", draft, StringComparison.Ordinal);
    }
}
