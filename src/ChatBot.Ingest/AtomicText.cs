using System.Text;

namespace ChatBot.Ingest;

/// <summary>Writes a file whole or not at all: a temporary file in the same folder, flushed, then renamed into place.</summary>
internal static class AtomicText
{
    public static void Write(string path, string text) => Write(path, text, overwrite: false);

    /// <summary>Replaces a file whole: readers see the old text or the new one, never a mix.</summary>
    public static void Replace(string path, string text) => Write(path, text, overwrite: true);

    private static void Write(string path, string text, bool overwrite)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(new UTF8Encoding(false).GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
