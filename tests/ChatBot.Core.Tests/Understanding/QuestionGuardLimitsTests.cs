using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>The guard's exact limits and reasons, at and just past each boundary.</summary>
public class QuestionGuardLimitsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Check_NoText_IsEmpty(string? question)
    {
        Assert.Equal(new QuestionRefusal(QuestionRefusalReason.Empty), QuestionGuard.Check(question));
    }

    [Fact]
    public void Check_ExactlyTheLimit_IsAccepted()
    {
        Assert.Null(QuestionGuard.Check(new string('a', QuestionGuard.MaxLength)));
    }

    [Fact]
    public void Check_CombiningMarksUpToTheUtf16Bound_AreAccepted()
    {
        Assert.Null(QuestionGuard.Check("a" + new string('\u0301', (QuestionGuard.MaxLength * 8) - 1)));
    }

    [Fact]
    public void Check_PastTheUtf16Bound_IsTooLongWithoutCounting()
    {
        var refusal = QuestionGuard.Check("a" + new string('\u0301', QuestionGuard.MaxLength * 8));

        Assert.Equal(new QuestionRefusal(QuestionRefusalReason.TooLong), refusal);
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    [InlineData("a\tb")]
    public void Check_LineBreaksAndTabs_AreAccepted(string question)
    {
        Assert.Null(QuestionGuard.Check(question));
    }

    [Theory]
    [InlineData("a\u0000b", 0x0)]
    [InlineData("a\u000Bb", 0xB)]
    [InlineData("a\u007Fb", 0x7F)]
    [InlineData("a\u0085b", 0x85)]
    public void Check_OtherControlCharacter_NamesIt(string question, int codePoint)
    {
        Assert.Equal(new QuestionRefusal(QuestionRefusalReason.ControlCharacter, CodePoint: (char)codePoint), QuestionGuard.Check(question));
    }

    [Fact]
    public void TryAccept_Accepted_GivesTextAndNoRefusal()
    {
        Assert.True(QuestionGuard.TryAccept("Acme \u0662\u0660\u0662\u0665", out var accepted, out var refusal));
        Assert.Equal("Acme 2025", accepted);
        Assert.Null(refusal);
    }
}
