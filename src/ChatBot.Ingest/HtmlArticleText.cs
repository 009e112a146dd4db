using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ChatBot.Core.Ingest;
using ChatBot.Core.Ingest.Reasons;

namespace ChatBot.Ingest;

/// <summary>
/// Reduces an HTML page to its article text: headings, paragraphs and list items of the article (or main part, or
/// body), one per line, without navigation, scripts, cookie banners, forms, figures and image credits.
/// </summary>
public static class HtmlArticleText
{
    private const string Boilerplate =
        "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, figure, figcaption, picture, img, "
        + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden], "
        + "[class*=cookie], [id*=cookie], [class*=consent], [id*=consent], [class*=banner], [class*=newsletter], "
        + "[class*=credit], [class*=caption], [class*=share], [class*=related], [class*=advert], [class*=teaser]";

    private const string Blocks = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    /// <summary>The article text of an HTML document given as bytes; its declared charset (or a BOM) decides the decoding.</summary>
    public static string FromBytes(byte[] html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var stream = new MemoryStream(html, writable: false);
        return Reduce(new HtmlParser().ParseDocument(stream));
    }

    public static string FromText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Reduce(new HtmlParser().ParseDocument(html));
    }

    private static string Reduce(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(Boilerplate).ToList())
        {
            element.Remove();
        }

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var text = new StringBuilder();
        if (root is not null)
        {
            // Only the innermost blocks: a <li> holding a <p> is read once, through its paragraph.
            foreach (var block in root.QuerySelectorAll(Blocks).Where(b => b.QuerySelector(Blocks) is null))
            {
                var line = string.Join(' ', block.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (line.Length > 0)
                {
                    text.Append(line).Append("\n\n");
                }
            }
        }

        return text.Length > 0
            ? text.ToString().TrimEnd() + "\n"
            : throw new IngestException(IngestReason.NoArticleText);
    }
}
