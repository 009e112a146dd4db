using ChatBot.Core.Answers;
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

        Assert.Equal(new QuestionRefusal(QuestionRefusalReason.TooLong, QuestionGuard.MaxLength + 1), reason);
        Assert.Contains("1000", PhraseBooks.English.Answers.Refusal(reason!), StringComparison.Ordinal);
        Assert.Equal("Die Frage ist zu lang (1001 Zeichen; höchstens 1000).", PhraseBooks.German.Answers.Refusal(reason!));
    }

    [Theory]
    [InlineData("Wie viel investiert Meta?")]
    [InlineData("line\nbreak\tand tab")]
    public void Check_ValidQuestion_ReturnsNull(string question)
    {
        Assert.Null(QuestionGuard.Check(question));
    }

    [Fact]
    public void Check_993Emoji_CountsTextElementsNotUtf16Units()
    {
        var question = string.Concat(Enumerable.Repeat("\U0001F600", 993));

        Assert.Null(QuestionGuard.Check(question));
    }

    [Fact]
    public void Check_1001Emoji_ReportsTextElementCount()
    {
        var reason = QuestionGuard.Check(string.Concat(Enumerable.Repeat("\U0001F600", 1001)));

        Assert.Equal(1001, reason?.Length);
        Assert.Contains("1001 characters", PhraseBooks.English.Answers.Refusal(reason!), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneLetterWithThousandsOfCombiningMarks_IsTooLong()
    {
        var reason = QuestionGuard.Check("a" + new string('\u0301', 20_000));

        Assert.Equal(QuestionRefusalReason.TooLong, reason?.Reason);
        Assert.Contains("too long", PhraseBooks.English.Answers.Refusal(reason!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wie viel investiert Meta \uFF12\uFF10\uFF12\uFF15?", "Wie viel investiert Meta 2025?")]
    [InlineData("\u0663 \u0968\u0966\u0968\u0969", "3 2023")]
    [InlineData("Amazon 2025", "Amazon 2025")]
    public void TryAccept_DigitsOfAnyScript_AreFoldedToAscii(string question, string expected)
    {
        Assert.True(QuestionGuard.TryAccept(question, out var accepted, out _));
        Assert.Equal(expected, accepted);
    }

    [Fact]
    public void TryAccept_Refused_GivesReasonAndNoText()
    {
        Assert.False(QuestionGuard.TryAccept("\u001b[2J", out var accepted, out var refusal));
        Assert.Null(accepted);
        Assert.Contains("U+001B", PhraseBooks.English.Answers.Refusal(refusal), StringComparison.Ordinal);
        Assert.Equal("Die Frage enthält ein Steuerzeichen (U+001B).", PhraseBooks.German.Answers.Refusal(refusal));
    }
}
