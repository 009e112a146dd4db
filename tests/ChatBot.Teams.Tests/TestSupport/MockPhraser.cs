using ChatBot.Core.Answers;
using ChatBot.Core.Phrasing;
using Moq;

namespace ChatBot.Teams.Tests.TestSupport;

/// <summary>A Moq <see cref="IAnswerPhraser"/> that rewords every answer with a fixed text and records the budget it got.</summary>
internal static class MockPhraser
{
    public static Mock<IAnswerPhraser> Rewording(string text)
    {
        var phraser = new Mock<IAnswerPhraser>();
        phraser.Setup(p => p.PhraseAsync(It.IsAny<string>(), It.IsAny<Answer>(), It.IsAny<TimeSpan?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, Answer answer, TimeSpan? _, CancellationToken _) => new PhrasedAnswer(answer, text, null));
        return phraser;
    }
}
