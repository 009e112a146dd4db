using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Answers;

public sealed class AnswerLabelsTests
{
    [Theory]
    [InlineData("de", "Quellen", "„x“")]
    [InlineData("en", "Sources", "“x”")]
    public void Labels_PerLanguage_ComeFromTheEnginePhrases(Language language, string sources, string quoted)
    {
        Assert.Equal(sources, AnswerLabels.Sources(language));
        Assert.Equal(quoted, AnswerLabels.Quoted("x", language));
    }

    [Fact]
    public void SourceLine_UnknownTitleAndPublisher_SaysSoHonestly()
    {
        var source = new Source("s1", null, null, null, null, null, "article.html");

        Assert.Equal("untitled (article.html) – publisher not stated", AnswerLabels.SourceLine(source, Language.English));
    }
}
