using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Core.Ingest;

/// <summary>The SHA-256 of an archived article's text (UTF-8, lower-case hex), as its source entry records it.</summary>
public static class ArticleHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
