using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Tests.Rendering;

public sealed class SourcesButtonIdTests
{
    [Fact]
    public void For_FewIds_JoinsThemAllAndParsesBack()
    {
        var id = SourcesButtonId.For(["amazon-capex-2025", "meta-2025"]);

        Assert.Equal("sources:amazon-capex-2025,meta-2025", id);
        Assert.Equal(["amazon-capex-2025", "meta-2025"], SourcesButtonId.Parse(id));
    }

    [Fact]
    public void For_TooManyIds_KeepsAsManyWholeIdsAsFitIn100Characters()
    {
        var ids = Enumerable.Range(1, 20).Select(i => $"tech-giants-ai-infrastructure-{i:D2}").ToList();

        var id = SourcesButtonId.For(ids);

        Assert.InRange(id.Length, 1, SourcesButtonId.MaxLength);
        var kept = SourcesButtonId.Parse(id)!;
        Assert.Equal(ids.Take(kept.Count), kept);
        Assert.Equal(2, kept.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("other:1")]
    public void Parse_NotASourcesButton_ReturnsNull(string? customId) => Assert.Null(SourcesButtonId.Parse(customId));
}
