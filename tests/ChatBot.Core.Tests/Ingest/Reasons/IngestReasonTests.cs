using ChatBot.Core.Ingest;
using ChatBot.Core.Ingest.Reasons;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest.Reasons;

public sealed class IngestReasonTests
{
    // One of each kind, so a kind added without a case here fails Reasons_CoverEveryKind.
    private static readonly IngestReason[] Reasons =
    [
        IngestReason.NotHttp("ftp://x"), IngestReason.RedirectToOtherHost("https://a/", "b"), IngestReason.TooManyRedirects("https://a/", 5),
        IngestReason.HttpStatus("https://a/", 404, "Not Found"), IngestReason.NotTextOrHtml("https://a/", "image/png"),
        IngestReason.TooLarge(6_000_000, 5 * 1024 * 1024), IngestReason.Timeout("https://a/", 20), IngestReason.Unreachable("https://a/", "refused"),
        IngestReason.Empty, IngestReason.Binary, IngestReason.NoArticleText, IngestReason.NotUtf8, IngestReason.UnknownCharset("x-klingon"),
        IngestReason.BadSourceId("Bad Id"), IngestReason.SourceExists("a"), IngestReason.DraftExists("a", "drafts/a.yaml"),
        IngestReason.AlreadyIngested("a", null), IngestReason.NoFigures, IngestReason.UnsupportedLanguage(["de", "en"]),
    ];

    public static TheoryData<int> Indexes() => [.. Enumerable.Range(0, Reasons.Length)];

    [Fact]
    public void Reasons_CoverEveryKind() =>
        Assert.Equal(Enum.GetValues<IngestReasonKind>().Order(), Reasons.Select(r => r.Kind).Order());

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Render_GermanAndEnglish_DifferAndAreOneLine(int index)
    {
        var german = Reasons[index].Render(IngestReasonPhraseBooks.Default.For(Language.German));
        var english = Reasons[index].Render(IngestReasonPhraseBooks.Default.For(Language.English));

        Assert.NotEqual(english, german);
        Assert.DoesNotContain('\n', german);
        Assert.DoesNotContain('\n', english);
        Assert.DoesNotContain("\"", german, StringComparison.Ordinal);
    }

    [Fact]
    public void Exception_WithReason_MessageIsEnglishAndDescribeRendersTheReadersLanguage()
    {
        var refused = new IngestException(IngestReason.TooLarge(6_000_000, 5 * 1024 * 1024));

        Assert.Equal("the article is 5.7 MB; the limit is 5 MB", refused.Message);
        Assert.Equal("der Artikel ist 5,7 MB groß; die Grenze liegt bei 5 MB", refused.Describe(new GermanIngestReasonPhrases()));
    }

    [Fact]
    public void Exception_WithWordedMessage_DescribesItAsGiven() =>
        Assert.Equal("schon übersetzt", new IngestException("schon übersetzt").Describe(new EnglishIngestReasonPhrases()));

    [Theory]
    [InlineData("a", "articles/a.txt", "this article text was already ingested: source 'a' (articles/a.txt)")]
    [InlineData("a", null, "this article text was already ingested: source 'a'")]
    [InlineData(null, "articles/b.txt", "this article text was already ingested: articles/b.txt (a draft awaiting review)")]
    public void AlreadyIngested_SourceOrDraft_SaysWhichCopy(string? sourceId, string? path, string expected) =>
        Assert.Equal(expected, IngestReason.AlreadyIngested(sourceId, path).ToString());

    [Fact]
    public void Extract_TextInNoKnowledgeLanguage_RefusedWithTheLanguagesThatCanBeIngested()
    {
        var refused = Assert.Throws<IngestException>(() => ArticleExtractor.Extract("Lorem ipsum dolor sit amet 2025.", new ExtractionOptions("x"), null));

        Assert.Equal(IngestReasonKind.UnsupportedLanguage, refused.Reason?.Kind);
        Assert.Contains("(de, en)", refused.Message, StringComparison.Ordinal);
    }
}
