using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Tests.Knowledge.Loading.Yaml;

public class YamlDotNetFallbackTests
{
    [Theory]
    [InlineData("a: 1\nb: [x, y\nc: 2\n", 2)]
    [InlineData("a: 1\nb: {x: 1\nc: 2\n", 2)]
    [InlineData("a: 1\nb: \"unclosed\nc: 2\n", 2)]
    [InlineData("a: 1\nb: 'unclosed\n", 2)]
    [InlineData("a: 1\n  b: 2\nc: 3\n", 2)]
    [InlineData("a: 1\nb: c: d\ne: 1\n", 2)]
    [InlineData("a:\n  b: 1\n c: 2\n", 3)]
    [InlineData("a: 1\nb:\n  - x\n  y: 2\n", 4)]
    [InlineData("a: 1\n- x\n", 2)]
    [InlineData("a: 1\nb: \"x\" y\n", 2)]
    [InlineData("a: [1, 2]]\n", 1)]
    public void Parse_SyntaxError_NamesTheLine(string yaml, int line)
    {
        var result = YamlDotNetFallback.Parse(yaml);

        Assert.False(FastYamlParser.TryParse(yaml, out _));
        Assert.Null(result.Root);
        Assert.Equal(line, result.Error?.Line);
    }

    [Theory]
    [InlineData("id: a\nname: b\nid: c\n", "id", 3)]
    [InlineData("m: {x: 1, x: 2}\n", "x", 1)]
    [InlineData("- id: a\n  id: b\n", "id", 2)]
    [InlineData("a: 1\n\"a\": 2\n", "a", 2)]
    [InlineData("text: |\n  outside the fast subset\nb: 1\nb: 2\n", "b", 4)]
    public void Parse_DuplicateKey_IsAnErrorNamingKeyAndLine(string yaml, string key, int line)
    {
        var result = YamlDotNetFallback.Parse(yaml);

        Assert.False(FastYamlParser.TryParse(yaml, out _));
        Assert.Null(result.Root);
        Assert.Equal(new YamlSyntaxError(line, $"duplicate key '{key}'"), result.Error);
    }

    [Fact]
    public void Parse_StrayColonThatBreaksTreeBuilding_IsASyntaxErrorInsteadOfACrash()
    {
        var result = YamlDotNetFallback.Parse("statement:\n : de: Text\n  en: text\n");

        Assert.Null(result.Root);
        Assert.InRange(result.Error!.Line, 2, 3);
    }

    [Fact]
    public void Parse_AliasInsideItself_IsAnErrorInsteadOfEndlessRecursion()
    {
        var result = YamlDotNetFallback.Parse("a: &x [*x]\n");

        Assert.Null(result.Root);
        Assert.Equal(1, result.Error?.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing but comments\n\n")]
    public void Parse_NoDocument_HasNeitherRootNorError(string yaml)
    {
        var result = YamlDotNetFallback.Parse(yaml);

        Assert.True(FastYamlParser.TryParse(yaml, out var fast));
        Assert.Null(fast);
        Assert.Null(result.Root);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Parse_Nulls_AreOnlyUnquotedNullWords()
    {
        var map = Assert.IsType<YamlMap>(YamlDotNetFallback.Parse("a:\nb: ~\nc: null\nd: \"null\"\ne: ''\n").Root);

        Assert.Equal([true, true, true, false, false], map.Entries.Select(e => ((YamlText)e.Value).IsNull));
    }
}
