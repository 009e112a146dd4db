using ChatBot.Core.Knowledge.Editing.Forms;

namespace ChatBot.Core.Tests.Knowledge.Editing.Forms;

public class FactBlockKeysTests
{
    private const string Block = """
        id: acme-2025
        subject: acme
        # checked against the annual report
        kind: capex
        amount: { value: 12, currency: USD }
        statement:
          de: "Acme: 12"
          en: "Acme: 12"
        source: article-1
        quote: "Acme 12"

        """;

    [Fact]
    public void Replace_NothingToReplace_KeepsTheBlock()
    {
        Assert.Equal(Block, FactBlockKeys.Replace(Block, new Dictionary<string, string?>()));
    }

    [Fact]
    public void Replace_OneKey_ChangesOnlyItsLine()
    {
        var result = FactBlockKeys.Replace(Block, new Dictionary<string, string?> { ["kind"] = "kind: deal" });

        Assert.Equal(Block.Replace("kind: capex", "kind: deal", StringComparison.Ordinal), result);
    }

    [Fact]
    public void Replace_NestedKey_ReplacesAllItsLines()
    {
        var result = FactBlockKeys.Replace(Block, new Dictionary<string, string?> { ["statement"] = "statement:\n  de: \"neu\"\n  en: \"new\"\n" });

        Assert.Equal(Block.Replace("  de: \"Acme: 12\"\n  en: \"Acme: 12\"", "  de: \"neu\"\n  en: \"new\"", StringComparison.Ordinal), result);
    }

    [Fact]
    public void Replace_NullText_RemovesTheKeyAndItsLines()
    {
        var result = FactBlockKeys.Replace(Block, new Dictionary<string, string?> { ["amount"] = null, ["statement"] = null });

        Assert.Equal(Block.Replace("amount: { value: 12, currency: USD }\nstatement:\n  de: \"Acme: 12\"\n  en: \"Acme: 12\"\n", "", StringComparison.Ordinal), result);
    }

    [Fact]
    public void Replace_NullTextForAbsentKey_ChangesNothing()
    {
        Assert.Equal(Block, FactBlockKeys.Replace(Block, new Dictionary<string, string?> { ["period"] = null }));
    }

    [Theory]
    [InlineData("period", "period: { year: 2025 }", "amount: { value: 12, currency: USD }\n")]
    [InlineData("topics", "topics: [ai]", "kind: capex\n")]
    [InlineData("related", "related: [beta]", "subject: acme\n")]
    public void Replace_MissingKey_IsInsertedAfterTheKeyBeforeIt(string key, string text, string after)
    {
        var result = FactBlockKeys.Replace(Block, new Dictionary<string, string?> { [key] = text });

        Assert.Equal(Block.Replace(after, after + text + "\n", StringComparison.Ordinal), result);
    }

    [Fact]
    public void Replace_MissingKeyWhoseOrderIsUnknown_IsAppended()
    {
        var result = FactBlockKeys.Replace(Block, new Dictionary<string, string?> { ["announced"] = "announced: 2025-03" });

        Assert.Equal(Block + "announced: 2025-03\n", result);
    }

    [Fact]
    public void Replace_MissingKeyBeforeEveryPresentKey_IsAppendedAfterTheBlock()
    {
        var result = FactBlockKeys.Replace("quote: \"q\"\n", new Dictionary<string, string?> { ["id"] = "id: x" });

        Assert.Equal("quote: \"q\"\nid: x\n", result);
    }

    [Fact]
    public void Replace_ListItemBlock_KeepsTheMarkerAndIndent()
    {
        var item = "- id: acme-2025\n  subject: acme\n  # note\n  kind: capex\n  statement:\n    de: a\n    en: b\n";

        var result = FactBlockKeys.Replace(item, new Dictionary<string, string?>
        {
            ["id"] = "id: acme-2026",
            ["kind"] = "kind: deal",
            ["statement"] = "statement:\n  de: c\n  en: d\n",
            ["topics"] = "topics: [ai]",
        });

        Assert.Equal("- id: acme-2026\n  subject: acme\n  # note\n  kind: deal\n  topics: [ai]\n  statement:\n    de: c\n    en: d\n", result);
    }

    [Fact]
    public void Replace_CommentBetweenKeys_StaysWhenTheKeyBeforeItIsReplaced()
    {
        var result = FactBlockKeys.Replace(Block, new Dictionary<string, string?> { ["subject"] = "subject: beta" });

        Assert.Contains("subject: beta\n# checked against the annual report\nkind: capex\n", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Replace_WindowsLineEndingsAndTrailingBlankLines_GiveOneBlockWithUnixLineEndings()
    {
        var result = FactBlockKeys.Replace("id: a\r\nkind: capex\r\n\r\n\r\n", new Dictionary<string, string?> { ["kind"] = "kind: deal" });

        Assert.Equal("id: a\nkind: deal\n", result);
    }

    [Fact]
    public void Replace_KeyNameInsideAValue_IsNotAKey()
    {
        var block = "id: a\nquote: \"x\n  kind: capex\"\nkind: note\n";

        var result = FactBlockKeys.Replace(block, new Dictionary<string, string?> { ["kind"] = "kind: deal" });

        Assert.Equal("id: a\nquote: \"x\n  kind: capex\"\nkind: deal\n", result);
    }

    [Fact]
    public void Replace_KeyWithoutSpaceAfterColon_IsNotAKey()
    {
        var block = "id: a\nkind:capex\n";

        var result = FactBlockKeys.Replace(block, new Dictionary<string, string?> { ["kind"] = "kind: deal" });

        Assert.Equal("id: a\nkind:capex\nkind: deal\n", result);
    }
}
