using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Tests.Knowledge.Loading.Yaml;

public class YamlNodeTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("~", true)]
    [InlineData("null", true)]
    [InlineData("Null", true)]
    [InlineData("NULL", true)]
    [InlineData("nULL", false)]
    [InlineData("none", false)]
    [InlineData(" ", false)]
    public void YamlText_PlainNullWords_AreNull(string value, bool isNull)
    {
        Assert.Equal(isNull, new YamlText(value, isPlain: true, 1).IsNull);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("~")]
    public void YamlText_QuotedNullWord_IsText(string value)
    {
        var text = new YamlText(value, isPlain: false, 4);

        Assert.False(text.IsNull);
        Assert.Equal(value, text.Value);
        Assert.Equal(4, text.Line);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(40)]
    public void YamlMap_UniqueKeys_FindsEachAndNothingElse(int count)
    {
        var map = YamlMap.TryCreate(Entries(count), 7, out _);

        Assert.NotNull(map);
        Assert.Equal(7, map.Line);
        Assert.Equal(count, map.Entries.Count);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal($"v{i}", Assert.IsType<YamlText>(map.Find($"k{i}")).Value);
        }

        Assert.Null(map.Find("missing"));
        Assert.Null(map.Find($"k{count}"));
    }

    [Theory]
    [InlineData(3, 0, 2)]
    [InlineData(15, 3, 14)]
    [InlineData(16, 0, 15)]
    [InlineData(40, 20, 30)]
    public void YamlMap_RepeatedKey_IsRefusedNamingTheRepeat(int count, int first, int repeat)
    {
        var entries = Entries(count);
        entries[repeat] = new YamlEntry($"k{first}", 100 + repeat, new YamlText("again", true, 100 + repeat));

        var map = YamlMap.TryCreate(entries, 1, out var duplicate);

        Assert.Null(map);
        Assert.Equal($"k{first}", duplicate.Key);
        Assert.Equal(100 + repeat, duplicate.KeyLine);
    }

    [Fact]
    public void YamlMap_Empty_FindsNothing()
    {
        var map = YamlMap.TryCreate([], 1, out _);

        Assert.NotNull(map);
        Assert.Null(map.Find("k0"));
    }

    [Fact]
    public void YamlChunkedList_AllChunksParse_GivesResultsInChunkOrder()
    {
        var list = new YamlChunkedList(2, 50, chunk => new YamlList([new YamlText($"c{chunk}", true, chunk)], chunk));

        Assert.True(list.TryReadChunks(items => ((YamlText)items[0]).Value, out var results));
        Assert.Equal(Enumerable.Range(0, 50).Select(c => $"c{c}"), results);
        Assert.Equal(2, list.Line);
    }

    [Fact]
    public void YamlChunkedList_OneChunkGivesUp_IsFalseWithNoResults()
    {
        var list = new YamlChunkedList(1, 20, chunk => chunk == 13 ? null : new YamlList([], chunk));

        Assert.False(list.TryReadChunks(items => items.Count, out var results));
        Assert.Empty(results);
    }

    [Fact]
    public void YamlChunkedList_NoChunks_IsAnEmptySuccess()
    {
        var list = new YamlChunkedList(1, 0, _ => throw new InvalidOperationException("no chunk to parse"));

        Assert.True(list.TryReadChunks(items => items.Count, out var results));
        Assert.Empty(results);
    }

    private static YamlEntry[] Entries(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new YamlEntry($"k{i}", i + 1, new YamlText($"v{i}", true, i + 1)))];
}
