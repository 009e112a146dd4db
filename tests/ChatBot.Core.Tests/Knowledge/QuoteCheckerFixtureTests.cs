using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using static ChatBot.Core.Tests.Support.TestFacts;

namespace ChatBot.Core.Tests.Knowledge;

/// <summary>The quote check on knowledge built in code: source files, hashes, hints and the article cache.</summary>
public class QuoteCheckerFixtureTests
{
    private const string Article = "Acme will 2025 rund 12 Milliarden Dollar investieren. Danach folgt ein langer Absatz über andere Dinge.";

    [Fact]
    public void Check_SourceWithoutFile_ReportsThatTheQuoteCannotBeChecked()
    {
        var knowledge = With(new Source("article-1", "T", null, null, null, null, null), Quoted("Acme will 2025 rund 12 Milliarden Dollar investieren."));
        var read = 0;

        var mismatch = Assert.Single(QuoteChecker.Check(knowledge, _ => { read++; return Article; }));

        Assert.Equal("fact", mismatch.FactId);
        Assert.Equal("source 'article-1' names no article file, so the quote cannot be checked", mismatch.Message);
        Assert.Equal(0, read);
    }

    [Fact]
    public void Check_UnknownSource_ReportsThatTheQuoteCannotBeChecked()
    {
        var knowledge = With(FileSource(), Quoted("Acme will 2025 rund 12 Milliarden Dollar investieren.") with { SourceId = "elsewhere" });

        var mismatch = Assert.Single(QuoteChecker.Check(knowledge, _ => Article));

        Assert.Contains("source 'elsewhere' names no article file", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoFactsOfOneArticle_ReadsTheArticleOnce()
    {
        var knowledge = With(FileSource(), Quoted("Acme will 2025 rund 12 Milliarden Dollar investieren.", "a"), Quoted("Acme will 2025 rund 12 Milliarden", "b"));
        var reads = new List<string>();

        var mismatches = QuoteChecker.Check(knowledge, file => { reads.Add(file); return Article; });

        Assert.Empty(mismatches);
        Assert.Equal(["acme.txt"], reads);
    }

    [Fact]
    public void Check_MatchingHashInOtherCase_NoMismatch()
    {
        var source = FileSource() with { Sha256 = ArticleHash.Of(Article).ToUpperInvariant() };

        Assert.Empty(QuoteChecker.Check(With(source, Quoted("Acme will 2025 rund 12 Milliarden Dollar investieren.")), _ => Article));
    }

    [Fact]
    public void Check_ChangedArticle_ReportsTheHashOnceForItsFirstFact()
    {
        var source = FileSource() with { Sha256 = ArticleHash.Of(Article + " ") };
        var knowledge = With(source, Quoted("Acme will 2025 rund 12 Milliarden Dollar investieren.", "a"), Quoted("Acme will 2025 rund 12 Milliarden", "b"));

        var mismatch = Assert.Single(QuoteChecker.Check(knowledge, _ => Article));

        Assert.Equal("a", mismatch.FactId);
        Assert.Equal("article file 'acme.txt' changed since it was ingested (SHA-256 differs from source 'article-1')", mismatch.Message);
    }

    [Fact]
    public void Check_MissingArticleWithHash_ReportsOnlyTheMissingFile()
    {
        var source = FileSource() with { Sha256 = ArticleHash.Of(Article) };

        var mismatch = Assert.Single(QuoteChecker.Check(With(source, Quoted("Acme will 2025 rund 12 Milliarden Dollar investieren.")), _ => null));

        Assert.Equal("article file 'acme.txt' of source 'article-1' was not found", mismatch.Message);
    }

    [Fact]
    public void Check_QuoteDivergingLate_NamesTheLongestMatchingPrefixAndThe30CharactersAfterIt()
    {
        var quote = "Acme will 2025 rund 12 Milliarden Dollar ausgeben, und zwar vor allem für neue Rechenzentren.";

        var mismatch = Assert.Single(QuoteChecker.Check(With(FileSource(), Quoted(quote)), _ => Article));

        Assert.Equal("the quote is not verbatim in 'acme.txt' (matches up to character 41, then differs at: \"ausgeben, und zwar vor allem f\")", mismatch.Message);
    }

    [Fact]
    public void Check_QuoteDivergingNearItsEnd_QuotesOnlyWhatIsLeft()
    {
        var mismatch = Assert.Single(QuoteChecker.Check(With(FileSource(), Quoted("Acme will 2025 rund 12 Milliarden Dollar investieren!")), _ => Article));

        Assert.EndsWith("(matches up to character 52, then differs at: \"!\")", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_QuoteMatchingExactlyTenCharacters_NamesWhereItDiffers()
    {
        var mismatch = Assert.Single(QuoteChecker.Check(With(FileSource(), Quoted("Acme will XXXX 12 Milliarden Dollar investieren.")), _ => Article));

        Assert.Contains("matches up to character 10, then differs at", mismatch.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme will 2025 rund 12 Billionen.")]
    [InlineData("Zwölf Milliarden 2025, sagt Acme.")]
    public void Check_QuoteWhoseBeginningIsNotInTheArticle_SaysSo(string quote)
    {
        var mismatch = Assert.Single(QuoteChecker.Check(With(FileSource(), Quoted(quote)), _ => Article), m => m.Message.Contains("verbatim", StringComparison.Ordinal));

        Assert.Contains(quote.StartsWith("Acme", StringComparison.Ordinal) ? "matches up to character 23" : "(not even its beginning was found)", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_QuoteWithoutTheFigure_ReportsTheFigureProblemWithFactAndLine()
    {
        var fact = Quoted("Acme will 2025 rund 12 Milliarden Dollar investieren.") with { Amount = Money(13), Line = 42 };

        var mismatch = Assert.Single(QuoteChecker.Check(With(FileSource(), fact), _ => Article));

        Assert.Equal(42, mismatch.Line);
        Assert.Equal("the quote does not contain the figure 13 (as digits or a number word)", mismatch.Message);
    }

    [Fact]
    public void Check_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => QuoteChecker.Check(null!, _ => null));
        Assert.Throws<ArgumentNullException>(() => QuoteChecker.Check(With(FileSource()), null!));
    }

    private static Source FileSource() => new("article-1", "Acme baut aus", null, null, null, null, "acme.txt");

    private static Fact Quoted(string quote, string id = "fact") => Fact(id: id, amount: Money(12), quote: quote, statement: "12");

    private static KnowledgeBase With(Source source, params Fact[] facts) => new([source], [], [], facts, "test");
}
