using ChatBot.Core.Ingest;

namespace ChatBot.Core.Tests.Ingest;

public sealed class ArticleHashTests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    // UTF-8, not UTF-16: "ä" is the two bytes C3 A4.
    [InlineData("ä", "33e6d73fee82904c8d7afb78de1154d1e8dc2a0edb08120e63df5b9385c2d9cc")]
    public void Of_Text_IsTheLowerCaseHexSha256OfItsUtf8Bytes(string text, string expected)
    {
        Assert.Equal(expected, ArticleHash.Of(text));
    }
}
