using System.Text;
using ChatBot.Core.Ingest;
using ChatBot.Core.Ingest.Reasons;

namespace ChatBot.Ingest;

/// <summary>Turns an article's bytes into text: refuses empty, binary and oversized input; HTML is reduced to its article.</summary>
public static class ArticleDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, bool? isHtml, string? declaredCharset = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > IngestLimits.MaxBytes)
        {
            throw new IngestException(IngestReason.TooLarge(bytes.Length, IngestLimits.MaxBytes));
        }

        if (bytes.AsSpan().Trim((byte)' ').Trim("\r\n\t"u8).IsEmpty)
        {
            throw new IngestException(IngestReason.Empty);
        }

        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        var utf16 = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!utf16 && head.Contains((byte)0))
        {
            throw new IngestException(IngestReason.Binary);
        }

        if (isHtml ?? LooksLikeHtml(head))
        {
            return declaredCharset is null ? HtmlArticleText.FromBytes(bytes) : HtmlArticleText.FromText(Text(bytes, declaredCharset));
        }

        return Text(bytes, declaredCharset);
    }

    private static string Text(byte[] bytes, string? charset)
    {
        try
        {
            if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            {
                return Encoding.GetEncoding(charset).GetString(bytes);
            }

            using var reader = new StreamReader(new MemoryStream(bytes), StrictUtf8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new IngestException(IngestReason.NotUtf8);
        }
        catch (ArgumentException)
        {
            throw new IngestException(IngestReason.UnknownCharset(charset ?? ""));
        }
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var start = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith('<') && start.Contains("<p", StringComparison.OrdinalIgnoreCase));
    }
}
