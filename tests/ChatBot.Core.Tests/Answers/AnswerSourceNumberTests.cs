using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Answers;

/// <summary>The citation number of a source in an answer, and the quotation marks platforms put around a quote.</summary>
public sealed class AnswerSourceNumberTests
{
    [Fact]
    public void NumberOf_CitedSource_ItsNumber()
    {
        var answer = SmallKnowledge.Ask("How much does Acme invest?", SmallKnowledge.Spending("acme", 10));

        Assert.Equal(1, answer.NumberOf("article-1"));
    }

    [Fact]
    public void NumberOf_SourceNotCited_Null()
    {
        var answer = SmallKnowledge.Ask("How much does Acme invest?", SmallKnowledge.Spending("acme", 10));

        Assert.Null(answer.NumberOf("article-2"));
    }

    [Theory]
    [InlineData("de", "„Acme baut aus“")]
    [InlineData("en", "“Acme baut aus”")]
    public void Quoted_PerLanguage_TheLanguagesQuotationMarks(string code, string expected)
    {
        Assert.Equal(expected, AnswerLabels.Quoted("Acme baut aus", new Language(code)));
    }

    [Fact]
    public void Quoted_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AnswerLabels.Quoted(null!, Language.English));
    }
}
