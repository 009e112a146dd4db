using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Teams.Activities;
using ChatBot.Teams.Conversation;

namespace ChatBot.Teams.Tests.Conversation;

public sealed class TeamsAnswererTests
{
    private readonly TeamsAnswerer _answerer = new(CuratedKnowledge.Engine());

    [Theory]
    [InlineData("de-DE", "How much does Meta invest in AI?", "de")]
    [InlineData("en-GB", "Wie viel investiert Meta in KI?", "en")]
    [InlineData(null, "Wie viel investiert Meta in KI?", "de")]
    [InlineData("fr-FR", "How much does Meta invest in AI?", "en")]
    public void Answer_Locale_WinsOverTheQuestionsLanguage(string? locale, string question, Language expected)
    {
        var turn = _answerer.Answer(new Activity { Text = question, Locale = locale });

        Assert.Equal(expected, turn.Answer!.Language);
    }

    [Theory]
    [InlineData("<at>ChatBot</at>")]
    [InlineData("   ")]
    public void Answer_OnlyAMention_GivesTheHelp(string text)
    {
        var turn = _answerer.Answer(new Activity { Text = text });

        Assert.Equal(AnswerKind.Help, turn.Answer!.Kind);
    }

    [Fact]
    public void Answer_ControlCharacters_Refused()
    {
        var turn = _answerer.Answer(new Activity { Text = "pledge\u0001 meta" });

        Assert.Null(turn.Answer);
        Assert.Contains("control character", turn.Refusal, StringComparison.Ordinal);
    }
}
