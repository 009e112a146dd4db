using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Commands;
using Moq;

namespace ChatBot.Discord.Tests.Commands;

public class SubjectResolverTests
{
    private static readonly KnowledgeBase Knowledge = CuratedKnowledge.Knowledge;

    private static readonly AnswerEngine Engine = new(new KnowledgeStore(Knowledge), new QuestionParser(TimeProvider.System));

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Knowledge.Subjects
            .SelectMany(s => s.Name.Texts.Reverse().Concat(s.Aliases))
            .Distinct(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Resolve_TypedNameOrAlias_MatchesWithoutTheParserAsTheParserWould(string name)
    {
        var engine = new Mock<IAnswerEngine>(MockBehavior.Strict);

        var resolved = SubjectResolver.Resolve(name, Knowledge, engine.Object, Language.English);

        Assert.NotNull(resolved);
        Assert.Equal(Parsed(name)?.Id, resolved.Id);
        engine.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("  microsoft ", "microsoft")]
    [InlineData("MICROSOFT", "microsoft")]
    public void Resolve_CaseAndSpacing_FoldedLikeQuestions(string typed, string id)
    {
        var engine = new Mock<IAnswerEngine>(MockBehavior.Strict);

        Assert.Equal(id, SubjectResolver.Resolve(typed, Knowledge, engine.Object, Language.English)?.Id);
    }

    [Theory]
    [InlineData("Intel")]
    [InlineData("Mircosoft")]
    [InlineData("Microsoft and Meta")]
    public void Resolve_NotExactlyAName_FallsBackToTheParser(string typed)
    {
        var engine = new Mock<IAnswerEngine>();
        engine.Setup(e => e.Understand(It.IsAny<KnowledgeBase>(), It.IsAny<string>(), It.IsAny<Language?>()))
            .Returns((KnowledgeBase kb, string text, Language? language) => Engine.Understand(kb, text, language));

        var resolved = SubjectResolver.Resolve(typed, Knowledge, engine.Object, Language.English);

        engine.Verify(e => e.Understand(Knowledge, typed, Language.English), Times.Once());
        Assert.Equal(Parsed(typed)?.Id, resolved?.Id);
    }

    [Fact]
    public void Resolve_UnknownName_IsNull()
    {
        Assert.Null(SubjectResolver.Resolve("Intel", Knowledge, Engine, Language.English));
    }

    // Today's rule for a free-text option: the parser finds exactly one subject and no unknown name.
    private static Subject? Parsed(string text)
    {
        var query = Engine.Understand(Knowledge, text, Language.English);
        return query.Subjects.Count == 1 && query.UnknownNames.Count == 0 ? query.Subjects[0] : null;
    }
}
