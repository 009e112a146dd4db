using System.Text;
using ChatBot.Core.Knowledge.Loading.Yaml;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Loading.Yaml;

public class FastYamlParserTests
{
    public static TheoryData<string> Supported => new()
    {
        "a: 1\nb: two\n",
        "# comment\n\nversion: 1 # trailing comment\n\n# more\nlist:\n  - a\n  - b\n",
        "m: { a: 1, b: [x, y] }\n",
        "l: [a, b, \"c, d\"]\n",
        "n: [[a, b], {c: d}, []]\ne: {}\nf: [ ]\ng: {x: [1, [2, 3]], 'y': \"z\"}\n",
        "s: 'it''s'\nd: \"say \\\"hi\\\" \\\\ \\n \\t \\u00e4 \\/ \\r\"\ne: ''\nf: \"\"\n",
        "name: { de: Vereinigte Arabische Emirate, en: United Arab Emirates }\ncity: München\nq: \"Geschäftsjahr – 80 Mrd. € 😀\"\n",
        "key: \"a: b\"\nother: 'x: y'\nflow: {k: \"a: b\", l: ['c: d']}\n",
        "url: https://x.y/z?q=1#frag\nmail: mailto:a@b.c\ntime: 12:30\n",
        "a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: \"null\"\ng: 'null'\nh: nothing # comment\n",
        "l:\n  - [a, b]\n  - [a, [b, c]]\n  - d\n  - {e: f}\n",
        "items:\n  - id: a\n    name: A\n    statement:\n      de: Hallo\n      en: Hello\n  - id: b\n    tags: []\n    empty:\n  - id: c\n",
        "a:\n- x\n- y\nb: 1\n",
        "- id: x\n  list:\n  - a\n  - b\n  more: 1\n- id: y\n",
        "- a\n- 'b'\n- \"c\"\n- [d]\n- {e: 1}\n",
        "---\na: 1\n",
        "--- # the document\na: 1\n",
        "\"a b\": 1\n'c': 2\n\"\": 3\nkey-with.dots_and-dashes: 4\nüber: 5\n",
        "a: C# and F#\nb: 50%\nc: -5\nd: a#b\ne: x:y\nf: [1, -2]\ng: Acme invests $12 billion.\nh: it's \"quoted\" inside\ni: ---\nj: a, b, [c] {d}\nk: b :c\n",
        "a:\n    b:\n        c: 1\n    d: 2\n",
        "x: # comment\n  # inner comment\n  b: 1 # c\n# at column 0\n  c: 2\n   # deeper\n",
        "a: 1\r\nb:\r\n  - x\r\n  - y\r\n",
        "a: x   \nb: [a, b]   \nc: 'q'   # c\n",
        "a: 1",
        "a:    b\nc:  [ x ,  y ]\nd: {  e:  f }\n",
        "t: true\nn: 1.5e3\no: 0x1F\nv: 1.2.3\n",
        "- a:\n    b: 1\n  c: 2\n",
        "facts:\n  - id: acme-2025\n    amount: { value: 12, currency: USD, scale: billion, qualifier: around }\n    period: { year: 2025 }\n    topics: []\n",
        "a: 'single # not a comment'\nb: \"double # not a comment\"\nc: [\"#\", '#']\n",
        "",
        "# only a comment\n\n   \n",
        KnowledgeYaml.With(KnowledgeYaml.ValidFact),
    };

    [Theory]
    [MemberData(nameof(Supported))]
    public void TryParse_SupportedYaml_GivesSameTreeAsYamlDotNet(string yaml)
    {
        var accepted = FastYamlParser.TryParse(yaml, out var fast);
        var expected = YamlDotNetFallback.Parse(yaml);

        Assert.True(accepted, "the fast parser gave up");
        Assert.Null(expected.Error);
        Assert.Equal(YamlModelText.Of(expected.Root), YamlModelText.Of(fast));
    }

    [Fact]
    public void TryParse_CuratedKnowledgeFiles_GiveSameTreesAsYamlDotNet()
    {
        foreach (var file in RepositoryFiles.CuratedKnowledgeTexts())
        {
            var accepted = FastYamlParser.TryParse(file.Text, out var fast);

            Assert.True(accepted, $"the fast parser gave up on {file.File}");
            Assert.Equal(YamlModelText.Of(YamlDotNetFallback.Parse(file.Text).Root), YamlModelText.Of(fast));
        }
    }

    [Fact]
    public void TryParse_TopLevelListSpanningManyChunks_GivesSameTreeAsYamlDotNet()
    {
        var yaml = BigList(5_000, i => i % 7 == 0 ? "# between items\n\n" : string.Empty);

        var accepted = FastYamlParser.TryParse(yaml, out var fast);

        Assert.True(accepted, "the fast parser gave up");
        Assert.Equal(YamlModelText.Of(YamlDotNetFallback.Parse(yaml).Root), YamlModelText.Of(fast));
    }

    [Theory]
    [InlineData("quote: |\n  Zeile eins\n  Zeile zwei\n")]
    [InlineData("quote: >\n  gefaltet\n  zu einer Zeile\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: [x,\n  y]\n")]
    [InlineData("a: {x: 1,\n  y: 2}\n")]
    [InlineData("a: plain\n  continued\n")]
    [InlineData("a: \"quoted\n  continued\"\n")]
    [InlineData("? complex\n: value\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("%YAML 1.1\n---\na: 1\n")]
    [InlineData("a: [a, b, ]\n")]
    [InlineData("a : b\n")]
    [InlineData("a: {x: , y: 1}\n")]
    [InlineData("- - a\n  - b\n")]
    [InlineData("-\n  a: 1\n")]
    [InlineData("a:\n  plain scalar below its key\n")]
    [InlineData("a: \"\\x41 \\U0001F600\"\n")]
    [InlineData("a: [http://x.y]\n")]
    [InlineData("key with spaces: 1\n")]
    [InlineData("a: \"tab\tinside\"\n")]
    [InlineData("\uFEFFa: 1\n")]
    [InlineData("a: 1\nb: 2\n...\n")]
    [InlineData("---\n")]
    [InlineData("plain root scalar\n")]
    [InlineData("[flow, root]\n")]
    public void TryParse_ValidYamlOutsideSubset_GivesUpAndYamlDotNetReadsIt(string yaml)
    {
        var accepted = FastYamlParser.TryParse(yaml, out _);
        var result = YamlDotNetFallback.Parse(yaml);

        Assert.False(accepted);
        Assert.Null(result.Error);
        Assert.NotNull(result.Root);
    }

    [Fact]
    public void Parse_BlockScalar_IsReadByYamlDotNet()
    {
        var result = YamlDotNetFallback.Parse("quote: |\n  Zeile eins\n  Zeile zwei\nnext: 1\n");

        var map = Assert.IsType<YamlMap>(result.Root);
        var quote = Assert.IsType<YamlText>(map.Find("quote"));
        Assert.Equal("Zeile eins\nZeile zwei\n", quote.Value);
        Assert.Equal(4, map.Entries[1].KeyLine);
    }

    [Fact]
    public void TryParseChunked_BigList_ChunksHoldTheSameItemsAsOnePass()
    {
        var yaml = BigList(5_000, i => i % 11 == 0 ? "\n" : string.Empty);
        FastYamlParser.TryParse(yaml, out var whole);

        var accepted = FastYamlParser.TryParseChunked(yaml, out var outline);

        Assert.True(accepted);
        var chunked = Assert.IsType<YamlChunkedList>(Assert.IsType<YamlMap>(outline).Find("items"));
        Assert.True(chunked.TryReadChunks(items => items.Select(YamlModelText.Of).ToList(), out var chunks));
        var expected = Assert.IsType<YamlList>(Assert.IsType<YamlMap>(whole).Find("items"));
        Assert.Equal(expected.Items.Select(YamlModelText.Of), chunks.SelectMany(items => items));
    }

    [Fact]
    public void TryParseChunked_ConstructOutsideSubsetDeepInBigList_ChunkGivesUp()
    {
        var yaml = BigList(5_000, i => i == 4_321 ? "  - id: block\n    text: |\n      several\n      lines\n" : string.Empty);

        var accepted = FastYamlParser.TryParseChunked(yaml, out var outline);

        Assert.True(accepted);
        var chunked = Assert.IsType<YamlChunkedList>(Assert.IsType<YamlMap>(outline).Find("items"));
        Assert.False(chunked.TryReadChunks(items => items.Count, out _));
        Assert.False(FastYamlParser.TryParse(yaml, out _));
    }

    private static string BigList(int count, Func<int, string> extraBefore)
    {
        var yaml = new StringBuilder("version: 1\nitems:\n");
        for (var i = 0; i < count; i++)
        {
            yaml.Append(extraBefore(i))
                .Append("  - id: item-").Append(i).Append('\n')
                .Append("    tags: [a, \"b, c\"]\n")
                .Append("    nested:\n      de: Wert ").Append(i).Append("\n      en: 'value'\n");
        }

        return yaml.Append("after: end\n").ToString();
    }
}
