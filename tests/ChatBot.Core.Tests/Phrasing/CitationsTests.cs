using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;

namespace ChatBot.Core.Tests.Phrasing;

public sealed class CitationsTests
{
    [Theory]
    [InlineData("Acme plans $80 billion [F1].", new[] { "F1" }, "Acme plans $80 billion     .")]
    [InlineData("A [F1][F3] and B [F2].", new[] { "F1", "F3", "F2" }, "A          and B     .")]
    [InlineData("A [F1, F3].", new[] { "F1", "F3" }, "A         .")]
    [InlineData("A [f2;F10 ].", new[] { "F2", "F10" }, "A          .")]
    [InlineData("A [ F4 ]", new[] { "F4" }, "A       ")]
    public void Extract_CitationGroups_KeysInOrderAndBracketsBlanked(string reply, string[] keys, string remainder)
    {
        var (found, rest) = Citations.Extract(reply);

        Assert.Equal(keys, found);
        Assert.Equal(remainder, rest);
    }

    [Theory]
    [InlineData("See [Anhang 2].")]
    [InlineData("See [F].")]
    [InlineData("See [Fx].")]
    [InlineData("See [G1].")]
    [InlineData("See [F1x].")]
    [InlineData("See [F1 and 2].")]
    [InlineData("See [ ].")]
    [InlineData("See [].")]
    [InlineData("See [F1 without end.")]
    [InlineData("See ]F1[.")]
    [InlineData("No brackets 2025.")]
    public void Extract_BracketsThatAreNoCitation_AreLeftAsTheyAre(string reply)
    {
        var (keys, rest) = Citations.Extract(reply);

        Assert.Empty(keys);
        Assert.Equal(reply, rest);
    }

    [Fact]
    public void Extract_CitationAfterAnotherBracket_IsStillFound()
    {
        var (keys, rest) = Citations.Extract("In [2025] it was [F2].");

        Assert.Equal(["F2"], keys);
        Assert.Equal("In [2025] it was     .", rest);
    }

    [Theory]
    [InlineData("A [F1][F3].", "A [1][2].")]
    [InlineData("A [F3, F1, F2].", "A [1, 2].")]
    [InlineData("A [F2] then [Anhang] and [F9].", "A [1] then [Anhang] and [].")]
    [InlineData("No citation.", "No citation.")]
    // A stray "[" reaches to the next "]": the citation inside stays as written (and the guard then reads its digits).
    [InlineData("Open [F1 and closed [F3] end", "Open [F1 and closed [F3] end")]
    [InlineData("[f3]", "[2]")]
    [InlineData("Unclosed [F1", "Unclosed [F1")]
    public void ToSourceNumbers_CitationGroups_BecomeDistinctOrderedSourceNumbers(string reply, string expected)
    {
        var request = GuardRequests.Of(
            Language.English,
            GuardRequests.Fact("F1", "One.", sourceNumber: 1),
            GuardRequests.Fact("F2", "Two.", sourceNumber: 1),
            GuardRequests.Fact("F3", "Three.", sourceNumber: 2));

        Assert.Equal(expected, Citations.ToSourceNumbers(reply, request));
    }
}
