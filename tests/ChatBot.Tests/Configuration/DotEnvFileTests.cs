using ChatBot.Configuration;

namespace ChatBot.Tests.Configuration;

public class DotEnvFileTests
{
    [Fact]
    public void Parse_CommentsExportQuotesAndEmptyValues()
    {
        var lines = new[] { "# comment", "", "export A=1", "B = \"two words\"", "C='x'", "EMPTY=", "NOEQUALS" };

        var pairs = DotEnvFile.Parse(lines).ToList();

        Assert.Equal([("A", "1"), ("B", "two words"), ("C", "x")], pairs);
    }
}
