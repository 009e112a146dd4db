using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

public class QuestionGuardTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Wie viel\u0007 investiert Meta?")]
    [InlineData("\u001b[31mred")]
    public void Check_InvalidQuestion_ReturnsReason(string question)
    {
        Assert.NotNull(QuestionGuard.Check(question));
    }

    [Fact]
    public void Check_TooLong_NamesLimit()
    {
        var reason = QuestionGuard.Check(new string('a', QuestionGuard.MaxLength + 1));

        Assert.Contains("1000", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wie viel investiert Meta?")]
    [InlineData("line\nbreak\tand tab")]
    public void Check_ValidQuestion_ReturnsNull(string question)
    {
        Assert.Null(QuestionGuard.Check(question));
    }
}
