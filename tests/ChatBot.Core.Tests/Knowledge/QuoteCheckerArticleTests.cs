using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge;

/// <summary>Edges of the quote check's hint and report order that <see cref="QuoteCheckerFixtureTests"/> leaves open.</summary>
public class QuoteCheckerArticleTests
{
    private const string Quote = "Acme will 2025 rund 12 Milliarden Dollar investieren.";
    private static readonly Source Article = new("article-1", "Acme baut aus", null, null, null, null, "acme.txt");

    [Theory]
    [InlineData("Acme willX")]
    [InlineData("")]
    public void Check_LessThanTenCharactersMatch_SaysNotEvenTheBeginningWasFound(string article)
    {
        var mismatch = Assert.Single(QuoteChecker.Check(With(Fact(Quote)), _ => article));

        Assert.Equal("the quote is not verbatim in 'acme.txt' (not even its beginning was found)", mismatch.Message);
    }

    [Fact]
    public void Check_NotVerbatimAndWithoutTheFigure_ReportsBothInThatOrder()
    {
        var mismatches = QuoteChecker.Check(With(Fact("Acme will viel investieren.")), _ => "Etwas anderes.");

        Assert.Equal(2, mismatches.Count);
        Assert.StartsWith("the quote is not verbatim", mismatches[0].Message, StringComparison.Ordinal);
        Assert.Equal("the quote does not contain the figure 12 (as digits or a number word)", mismatches[1].Message);
    }

    private static Fact Fact(string quote) => TestFacts.Fact(id: "a", amount: TestFacts.Money(12), period: TestFacts.Year(2025), quote: quote, statement: "Acme 12");

    private static KnowledgeBase With(params Fact[] facts) => new([Article], [], [], facts, "test");
}
