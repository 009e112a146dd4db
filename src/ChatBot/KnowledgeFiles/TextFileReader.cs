using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ChatBot.Core.Knowledge;

namespace ChatBot.KnowledgeFiles;

/// <summary>
/// Reads a moderator-edited text file (a knowledge file, an article) so that no file can hang or exhaust the bot:
/// only regular files, at most <see cref="KnowledgeLimits.MaxFileBytes"/>, strictly UTF-8. Every problem is a
/// one-line reason, never an exception. Any loader of knowledge files calls this once per file.
/// </summary>
internal static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TextFileContent Read(string path, int maxBytes = KnowledgeLimits.MaxFileBytes)
    {
        var (bytes, failure) = ReadBytes(path, maxBytes);
        return bytes is null ? failure! : Decode(bytes);
    }

    /// <summary>
    /// The file's bytes under the same checks as <see cref="Read"/> (for callers that hash the bytes before decoding
    /// them with <see cref="Decode"/>), or the reason it cannot be read.
    /// </summary>
    public static (byte[]? Bytes, TextFileContent? Failure) ReadBytes(string path, int maxBytes = KnowledgeLimits.MaxFileBytes)
    {
        try
        {
            return ReadChecked(path, maxBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return (null, TextFileContent.Failed($"cannot be read: {ex.Message}"));
        }
    }

    private static (byte[]? Bytes, TextFileContent? Failure) ReadChecked(string path, int maxBytes)
    {
        // Devices, pipes and sockets report a length of 0 (as do /proc files); opening a pipe blocks until someone
        // writes, and /dev/zero never ends. A regular file of 0 bytes holds nothing to load either, so a length of 0
        // is refused before the file is opened. The read below is bounded all the same, for files that grow.
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return (null, TextFileContent.Failed(Directory.Exists(path) ? "is a directory, not a file" : "does not exist"));
        }

        if (info.Length == 0)
        {
            return (null, TextFileContent.Failed("is empty, or not a regular file (a device, pipe or socket)"));
        }

        if (info.Length > maxBytes)
        {
            return (null, TextFileContent.Failed(TooLarge(maxBytes)));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        var capacity = (int)Math.Min(maxBytes + 1L, info.Length + 4096);
        var buffer = new byte[capacity];
        var length = Fill(stream, buffer);
        if (length > maxBytes)
        {
            return (null, TextFileContent.Failed(TooLarge(maxBytes)));
        }

        // A file that grew past the room left for growth is being written: its end may be missing.
        return length == capacity && stream.ReadByte() >= 0
            ? (null, TextFileContent.Failed("changed while it was read; it is read again once saved"))
            : (buffer[..length], null);
    }

    private static int Fill(FileStream stream, byte[] buffer)
    {
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        return length;
    }

    /// <summary>Strict UTF-8 (a byte order mark is dropped); invalid bytes give the line they are on.</summary>
    public static TextFileContent Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        if (!Utf8.IsValid(bytes))
        {
            var valid = ValidPrefixLength(bytes);
            var line = bytes[..valid].Count((byte)'\n') + 1;
            return TextFileContent.Failed($"is not valid UTF-8 (byte 0x{bytes[valid]:X2} at byte offset {valid}); save it as UTF-8", line);
        }

        return new TextFileContent(StrictUtf8.GetString(bytes), 0, null);
    }

    private static int ValidPrefixLength(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length && Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) == OperationStatus.Done)
        {
            at += consumed;
        }

        return at;
    }

    private static string TooLarge(int maxBytes) => $"is larger than {maxBytes / (1024 * 1024)} MB";
}
