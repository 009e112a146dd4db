using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge;

/// <summary>How the quote check finds, reads and compares the archived article of each fact.</summary>
public class QuoteCheckerArticleTests
{
    private const string Quote = "Acme will 2025 rund 12 Milliarden Dollar investieren.";
    private static readonly Source Article = new("article-1", "Acme baut aus", null, null, null, null, "acme.txt");

    [Fact]
    public void Check_SourceWithoutFile_CannotBeCheckedAndReadsNothing()
    {
        var reads = new List<string>();
        var knowledge = With(Article with { File = null }, Fact("a"));

        var mismatch = Assert.Single(QuoteChecker.Check(knowledge, file => { reads.Add(file); return Quote; }));

        Assert.Equal(new QuoteMismatch("a", 1, "source 'article-1' names no article file, so the quote cannot be checked"), mismatch);
        Assert.Empty(reads);
    }

    [Fact]
    public void Check_UnknownSource_CannotBeChecked()
    {
        var knowledge = With(Article, Fact("a") with { SourceId = "ghost" });

        var mismatch = Assert.Single(QuoteChecker.Check(knowledge, _ => Quote));

        Assert.Equal("source 'ghost' names no article file, so the quote cannot be checked", mismatch.Message);
    }

    [Fact]
    public void Check_TwoFactsOfOneArticle_ReadsItOnce()
    {
        var reads = new List<string>();
        var knowledge = With(Article, Fact("a"), Fact("b"));

        Assert.Empty(QuoteChecker.Check(knowledge, file => { reads.Add(file); return "Vorher. " + Quote; }));
        Assert.Equal(["acme.txt"], reads);
    }

    [Fact]
    public void Check_MissingArticle_IsReportedForEachFactButLookedForOnce()
    {
        var reads = 0;
        var knowledge = With(Article, Fact("a"), Fact("b"));

        var mismatches = QuoteChecker.Check(knowledge, _ => { reads++; return null; });

        Assert.Equal(["a", "b"], mismatches.Select(m => m.FactId));
        Assert.All(mismatches, m => Assert.Equal("article file 'acme.txt' of source 'article-1' was not found", m.Message));
        Assert.Equal(1, reads);
    }

    [Fact]
    public void Check_ArticleChangedSinceIngest_IsReportedOncePerArticle()
    {
        var knowledge = With(Article with { Sha256 = ArticleHash.Of("the text as ingested") }, Fact("a"), Fact("b"));

        var mismatch = Assert.Single(QuoteChecker.Check(knowledge, _ => Quote));

        Assert.Equal(new QuoteMismatch("a", 1, "article file 'acme.txt' changed since it was ingested (SHA-256 differs from source 'article-1')"), mismatch);
    }

    [Fact]
    public void Check_ArticleHashInOtherLetterCase_IsUnchanged()
    {
        var knowledge = With(Article with { Sha256 = ArticleHash.Of(Quote).ToUpperInvariant() }, Fact("a"));

        Assert.Empty(QuoteChecker.Check(knowledge, _ => Quote));
    }

    [Fact]
    public void Check_MissingArticleWithHash_IsOnlyNotFound()
    {
        var knowledge = With(Article with { Sha256 = "abc" }, Fact("a"));

        var mismatch = Assert.Single(QuoteChecker.Check(knowledge, _ => null));

        Assert.Equal("article file 'acme.txt' of source 'article-1' was not found", mismatch.Message);
    }

    [Theory]
    [InlineData("Acme will 2025 rund 15 Milliarden Dollar investieren.", " (matches up to character 21, then differs at: \"2 Milliarden Dollar investiere\")")]
    [InlineData("Acme will 2025 rund 12 Milliarden Dollar investieren", " (matches up to character 52, then differs at: \".\")")]
    [InlineData("Acme will nichts sagen.", " (matches up to character 10, then differs at: \"2025 rund 12 Milliarden Dollar\")")]
    [InlineData("Acme willX", " (not even its beginning was found)")]
    [InlineData("Ganz anderer Text.", " (not even its beginning was found)")]
    [InlineData("", " (not even its beginning was found)")]
    public void Check_QuoteNotVerbatim_SaysHowFarItMatches(string article, string hint)
    {
        var mismatch = Assert.Single(QuoteChecker.Check(With(Article, Fact("a")), _ => article));

        Assert.Equal("the quote is not verbatim in 'acme.txt'" + hint, mismatch.Message);
    }

    [Fact]
    public void Check_VerbatimQuoteWithoutTheFigure_ReportsTheFigure()
    {
        var fact = Fact("a") with { Quote = "Acme will viel investieren." };

        var mismatch = Assert.Single(QuoteChecker.Check(With(Article, fact), _ => "Acme will viel investieren."));

        Assert.Equal("the quote does not contain the figure 12 (as digits or a number word)", mismatch.Message);
    }

    [Fact]
    public void Check_NotVerbatimAndWithoutTheFigure_ReportsBoth()
    {
        var fact = Fact("a") with { Quote = "Acme will viel investieren." };

        var mismatches = QuoteChecker.Check(With(Article, fact), _ => "Etwas anderes.");

        Assert.Equal(2, mismatches.Count);
        Assert.StartsWith("the quote is not verbatim", mismatches[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("the quote does not contain the figure 12", mismatches[1].Message, StringComparison.Ordinal);
    }

    private static Fact Fact(string id) => TestFacts.Fact(id: id, amount: TestFacts.Money(12), period: TestFacts.Year(2025), quote: Quote, statement: "Acme 12");

    private static KnowledgeBase With(Source source, params Fact[] facts) =>
        new([source], [], [new Subject("acme", TestFacts.Text("Acme", "Acme"), SubjectKind.Company, [], [])], facts, "test");
}
