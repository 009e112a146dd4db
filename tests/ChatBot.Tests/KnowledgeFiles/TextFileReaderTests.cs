using System.Diagnostics;
using System.Text;
using ChatBot.KnowledgeFiles;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.KnowledgeFiles;

public class TextFileReaderTests
{
    [Fact]
    public void Read_Utf8WithBom_ReturnsTextWithoutBom()
    {
        using var temp = new TempDirectory();
        var path = System.IO.Path.Combine(temp.Path, "k.yaml");
        File.WriteAllBytes(path, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("a: Geschäftsjahr\n")]);

        var content = TextFileReader.Read(path);

        Assert.Equal("a: Geschäftsjahr\n", content.Text);
        Assert.Null(content.Error);
    }

    [Fact]
    public void Read_InvalidUtf8_NamesLineAndByte()
    {
        using var temp = new TempDirectory();
        var path = System.IO.Path.Combine(temp.Path, "k.yaml");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("version: 1\nde: Gesch"), 0xE4, .. Encoding.UTF8.GetBytes("ftsjahr\n")]);

        var content = TextFileReader.Read(path);

        Assert.Null(content.Text);
        Assert.Equal(2, content.ErrorLine);
        Assert.Contains("not valid UTF-8 (byte 0xE4", content.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverLimit_IsRefused()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("k.yaml", new string('#', 3 * 1024 * 1024));

        var content = TextFileReader.Read(path, maxBytes: 2 * 1024 * 1024);

        Assert.Null(content.Text);
        Assert.Equal("is larger than 2 MB", content.Error);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("/dev/null")]
    public void Read_Device_IsRefusedWithoutReading(string device)
    {
        var content = TextFileReader.Read(device);

        Assert.Null(content.Text);
        Assert.Contains("not a regular file", content.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Fifo_IsRefusedInsteadOfBlocking()
    {
        using var temp = new TempDirectory();
        var path = System.IO.Path.Combine(temp.Path, "k.yaml");
        using (var mkfifo = Process.Start("mkfifo", path))
        {
            mkfifo.WaitForExit();
        }

        // Reaching the assertions at all is the point: opening a pipe without a writer would block forever.
        var content = TextFileReader.Read(path);

        Assert.Null(content.Text);
        Assert.Contains("not a regular file", content.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Directory_IsRefused()
    {
        using var temp = new TempDirectory();

        Assert.Equal("is a directory, not a file", TextFileReader.Read(temp.Path).Error);
    }

    [Fact]
    public void Read_MissingFile_IsRefused()
    {
        Assert.Equal("does not exist", TextFileReader.Read("/nonexistent/k.yaml").Error);
    }

    [Fact]
    public void KnowledgeFileLoad_InvalidUtf8_IsALoadErrorWithFileAndLine()
    {
        using var temp = new TempDirectory();
        var path = System.IO.Path.Combine(temp.Path, "k.yaml");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("version: 1\n\nx: "), 0xFF, (byte)'\n']);

        var error = Assert.Single(KnowledgeFile.Load(path).Errors);

        Assert.Equal(3, error.Line);
        Assert.StartsWith("the knowledge file is not valid UTF-8", error.Message, StringComparison.Ordinal);
    }
}
