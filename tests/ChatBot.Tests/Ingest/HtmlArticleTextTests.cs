using System.Text;
using ChatBot.Core.Ingest;
using ChatBot.Ingest;

namespace ChatBot.Tests.Ingest;

public sealed class HtmlArticleTextTests
{
    [Fact]
    public void FromText_PageWithBoilerplate_KeepsOnlyHeadingsAndParagraphsOfTheArticle()
    {
        const string page = """
            <html><body><header><h1>Newsportal</h1></header><nav><ul><li>Start</li><li>Tech</li></ul></nav>
            <main><h2>KI-Boom</h2><p>Meta soll etwa <b>40 Milliarden</b> Dollar eingeplant haben.</p>
            <p class="image-credit">Bild: Agentur</p><ul><li>Rechenzentren</li></ul>
            <div id="cookie-consent"><p>Wir verwenden Cookies.</p></div><script>track()</script></main>
            <footer><p>Impressum</p></footer></body></html>
            """;

        Assert.Equal("KI-Boom\n\nMeta soll etwa 40 Milliarden Dollar eingeplant haben.\n\nRechenzentren\n", HtmlArticleText.FromText(page));
    }

    [Fact]
    public void FromText_AllNavigation_IsRefused()
    {
        var error = Assert.Throws<IngestException>(() => HtmlArticleText.FromText("<html><body><nav><p>Start</p><p>Tech</p></nav><script>x()</script></body></html>"));

        Assert.Contains("no article text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HtmlDeclaringWindows1252_DecodesUmlauts()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Für Rechenzentren fließen 80 Milliarden.</p></body></html>");

        Assert.Equal("Für Rechenzentren fließen 80 Milliarden.\n", ArticleDecoding.Decode(bytes, isHtml: null));
    }

    [Theory]
    [InlineData(new byte[0], "the article is empty")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "the file is binary, not text or HTML")]
    [InlineData(new byte[] { 0x41, 0xC3, 0x28, 0x42 }, "the text is not valid UTF-8")]
    public void Decode_BadBytes_IsRefused(byte[] bytes, string expected)
    {
        var error = Assert.Throws<IngestException>(() => ArticleDecoding.Decode(bytes, isHtml: false));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
