using ChatBot.Core.Ingest;
using ChatBot.Core.Ingest.Vocabulary;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>
/// A qualifier in an aside or after a colon or dash ("(über 5 Mrd.)", "Volumen: rund 5 Mrd.") bounds the figure as it
/// does in running text; every qualifier word of every language is tried.
/// </summary>
public sealed class FigureScannerBracketQualifierTests
{
    public static TheoryData<string, Qualifier> QualifierWords()
    {
        var data = new TheoryData<string, Qualifier>();
        foreach (var language in IngestVocabularies.Default.Languages)
        {
            var vocabulary = IngestVocabularies.Default.For(language);
            foreach (var (words, qualifier) in new[]
            {
                (vocabulary.AroundWords, Qualifier.Around), (vocabulary.MoreThanWords, Qualifier.MoreThan),
                (vocabulary.AlmostWords, Qualifier.Almost), (vocabulary.UpToWords, Qualifier.UpTo),
            })
            {
                foreach (var word in words)
                {
                    data.Add(word, qualifier);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(QualifierWords))]
    public void Scan_QualifierInsideParentheses_BoundsTheFigure(string word, Qualifier qualifier)
    {
        var figure = Assert.Single(FigureScanner.Scan($"Acme zahlt für das Rechenzentrum ({word} 5 Mrd. Euro) an Partner.", Language.German, null));

        Assert.Equal(qualifier, figure.Amount.Qualifier);
    }

    [Theory]
    [MemberData(nameof(QualifierWords))]
    public void Scan_QualifierAfterAColon_BoundsTheFigure(string word, Qualifier qualifier)
    {
        var figure = Assert.Single(FigureScanner.Scan($"Das Volumen: {word} 5 Mrd. Euro.", Language.German, null));

        Assert.Equal(qualifier, figure.Amount.Qualifier);
    }

    [Theory]
    [InlineData("Acme zahlt (über 5 Mrd.) für KI.", Qualifier.MoreThan)]
    [InlineData("Acme investiert – über 5 Mrd. Euro – in KI.", Qualifier.MoreThan)]
    [InlineData("Acme investiert, über 5 Mrd. Euro, in KI.", Qualifier.MoreThan)]
    [InlineData("Ein Vertrag (über 5 Mrd. Euro) ist unterschrieben.", Qualifier.MoreThan)]
    [InlineData("Ein Vertrag über 5 Mrd. Euro ist unterschrieben.", Qualifier.Exact)]
    [InlineData("Der Vertrag „Stargate“ über 5 Mrd. Euro ist unterschrieben.", Qualifier.Exact)]
    [InlineData("Ein Deal im September 2025 über 5 Mrd. Euro.", Qualifier.Exact)]
    public void Scan_UeberAfterPunctuation_IsALowerBoundAndAfterANounTheAmount(string sentence, Qualifier qualifier)
    {
        Assert.Equal(qualifier, Assert.Single(FigureScanner.Scan(sentence, Language.German, null)).Amount.Qualifier);
    }
}
