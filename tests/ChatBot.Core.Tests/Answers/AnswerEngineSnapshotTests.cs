using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// One question, one knowledge snapshot: the provider hands out a new version on every read (as a reload between
/// two reads would), so a second read within one question shows up as an answer mixing two versions.
/// </summary>
public class AnswerEngineSnapshotTests
{
    private const string Question = "How much does Acme invest in 2025?";

    private static readonly KnowledgeBase Twelve = Load(KnowledgeYaml.With(KnowledgeYaml.ValidFact));

    // The same fact reloaded with another figure, and Acme under another id, so that understanding on one version
    // and answering on the other finds no facts for the subject.
    private static readonly KnowledgeBase NinetyNine = Load(KnowledgeYaml.With(KnowledgeYaml.ValidFact)
        .Replace("12", "99", StringComparison.Ordinal)
        .Replace("id: acme\n", "id: acme-inc\n", StringComparison.Ordinal)
        .Replace("subject: acme\n", "subject: acme-inc\n", StringComparison.Ordinal));

    [Fact]
    public void Fixtures_DifferInFigureAndSubjectId()
    {
        Assert.Equal(12m, Twelve.Facts[0].Amount!.Min);
        Assert.Equal(99m, NinetyNine.Facts[0].Amount!.Min);
        Assert.Null(NinetyNine.FindSubject("acme"));
    }

    [Fact]
    public void Ask_ProviderChangesBetweenReads_ReadsOnceAndAnswersFromThatSnapshot()
    {
        var (engine, provider) = Alternating(Twelve, NinetyNine);

        var answer = engine.Ask(Question, Language.English);

        provider.VerifyGet(p => p.Current, Times.Once());
        Assert.True(answer.Answered);
        Assert.Same(Twelve.Facts[0], Assert.Single(answer.Facts));
    }

    [Fact]
    public void Ask_SecondQuestion_ReadsTheNextSnapshotOnce()
    {
        var (engine, provider) = Alternating(NinetyNine, Twelve);

        engine.Ask(Question, Language.English);
        var second = engine.Ask(Question, Language.English);

        provider.VerifyGet(p => p.Current, Times.Exactly(2));
        Assert.Same(Twelve.Facts[0], Assert.Single(second.Facts));
    }

    [Fact]
    public void AnswerAndUnderstand_WithoutSnapshot_ReadProviderOnceEach()
    {
        var (engine, provider) = Alternating(Twelve, NinetyNine);

        var query = engine.Understand(Question, Language.English);
        provider.VerifyGet(p => p.Current, Times.Once());
        var answer = engine.Answer(Twelve, query);
        provider.VerifyGet(p => p.Current, Times.Once());

        Assert.Same(Twelve.Facts[0], Assert.Single(answer.Facts));
        Assert.Equal("acme", Assert.Single(query.Subjects).Id);
    }

    [Fact]
    public void Overloads_WithSnapshot_NeverReadTheProvider()
    {
        var provider = new Mock<IKnowledgeProvider>(MockBehavior.Strict);
        var engine = new AnswerEngine(provider.Object, new QuestionParser(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero))));

        var asked = engine.Ask(Twelve, Question, Language.English);
        var answered = engine.Answer(Twelve, engine.Understand(Twelve, Question, Language.English));

        provider.VerifyGet(p => p.Current, Times.Never());
        Assert.Same(Twelve.Facts[0], Assert.Single(asked.Facts));
        Assert.Same(Twelve.Facts[0], Assert.Single(answered.Facts));
    }

    private static (AnswerEngine Engine, Mock<IKnowledgeProvider> Provider) Alternating(KnowledgeBase first, KnowledgeBase second)
    {
        var reads = 0;
        var provider = new Mock<IKnowledgeProvider>();
        provider.SetupGet(p => p.Current).Returns(() => reads++ % 2 == 0 ? first : second);
        var parser = new QuestionParser(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)));
        return (new AnswerEngine(provider.Object, parser), provider);
    }

    private static KnowledgeBase Load(string yaml)
    {
        var result = KnowledgeLoader.Load(yaml, "snapshot.yaml");
        return result.Knowledge ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }
}
