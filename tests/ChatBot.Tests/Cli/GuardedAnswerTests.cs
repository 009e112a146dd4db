using ChatBot.Cli;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using Moq;

namespace ChatBot.Tests.Cli;

public class GuardedAnswerTests
{
    [Fact]
    public void Ask_EngineThrows_ReturnsOneLineErrorAndLogsIt()
    {
        var engine = new Mock<IAnswerEngine>();
        engine.Setup(e => e.Ask(It.IsAny<string>(), It.IsAny<Language?>(), It.IsAny<Query?>())).Throws(new FormatException("bad digits"));
        var log = new StringWriter();

        var result = GuardedAnswer.Ask(engine.Object, "Wie viel investiert Meta?", log);

        Assert.Null(result.Answer);
        Assert.DoesNotContain('\n', result.Error!);
        Assert.DoesNotContain("bad digits", result.Error!, StringComparison.Ordinal);
        Assert.Contains("FormatException: bad digits", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NonAsciiDigits_ReachTheEngineAsAsciiDigits()
    {
        var engine = new Mock<IAnswerEngine>();

        GuardedAnswer.Ask(engine.Object, "Meta \uFF12\uFF10\uFF12\uFF15", TextWriter.Null);

        engine.Verify(e => e.Ask("Meta 2025", null, null), Times.Once);
    }

    [Fact]
    public void Ask_RefusedQuestion_NeverReachesTheEngine()
    {
        var engine = new Mock<IAnswerEngine>(MockBehavior.Strict);

        var result = GuardedAnswer.Ask(engine.Object, "   ", TextWriter.Null);

        Assert.Equal("The question is empty.", result.Error);
    }
}
