using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Text;

public class EditDistanceTests
{
    [Theory]
    [InlineData("microsoft", "microsoft", 0)]
    [InlineData("microsoft", "mircosoft", 1)]
    [InlineData("meta", "mta", 1)]
    [InlineData("meta", "metas", 1)]
    [InlineData("meta", "beta", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("abc", "ca", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("nvidia", "nvdiia", 1)]
    public void Compute_WithinLimit_IsTheOptimalStringAlignmentDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b, 5));
    }

    [Theory]
    [InlineData("amazon", "amazonas", 1)]
    [InlineData("abcdef", "uvwxyz", 2)]
    [InlineData("abcdef", "abcxyz", 2)]
    public void Compute_BeyondLimit_IsLimitPlusOne(string a, string b, int limit)
    {
        Assert.Equal(limit + 1, EditDistance.Compute(a, b, limit));
    }

    [Theory]
    [InlineData("abc", "abd", 1, 1)]
    [InlineData("abcd", "ab", 2, 2)]
    public void Compute_ExactlyTheLimit_IsTheDistance(string a, string b, int limit, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b, limit));
    }

    [Fact]
    public void Compute_LongStrings_UseTheHeapAndStayCorrect()
    {
        var a = new string('a', 200);
        var b = new string('a', 199) + "b";

        Assert.Equal(1, EditDistance.Compute(a, b, 2));
    }

    [Fact]
    public void Compute_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => EditDistance.Compute(null!, "a", 1));
        Assert.Throws<ArgumentNullException>(() => EditDistance.Compute("a", null!, 1));
    }
}
