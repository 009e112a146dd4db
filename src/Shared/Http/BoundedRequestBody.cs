using Microsoft.AspNetCore.Http;

namespace ChatBot.Http;

/// <summary>
/// Reads a request body as raw bytes up to a limit, so signatures are checked over exactly what was sent. One source
/// file compiled into each platform project (Discord, Teams): both depend on Core only, which has no HTTP.
/// </summary>
internal static class BoundedRequestBody
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
