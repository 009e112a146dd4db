using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Core.Understanding.Vocabulary;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Understanding.Vocabulary;

/// <summary>A language added as data: one vocabulary and one registration, and the parser understands it.</summary>
public class PseudoLanguageTests
{
    private static readonly Language Zorbish = new("zb");

    private static readonly TestVocabulary Vocabulary = new()
    {
        Markers = ["kwa", "zim"],
        CommonWords = ["kwa", "zim", "plox", "ugg"],
        Months = new Dictionary<string, int> { ["blorn"] = 3 },
        Ordinals = new Dictionary<string, int> { ["unk"] = 1 },
        QuarterWords = ["quorb"],
        HowMuchPhrases = ["kwa zim"],
        Comparatives = ["plox"],
        TotalCues = ["ugg"],
        CommandWords = new Dictionary<string, QueryIntent> { ["zumpa"] = QueryIntent.Compare },
    };

    private static QuestionParser Parser() =>
        new(new FakeTimeProvider(VocabularyFixture.Now), QuestionVocabularies.Default.With(Zorbish, Vocabulary));

    [Fact]
    public void Parse_RegisteredPseudoLanguage_IsDetectedAndUnderstood()
    {
        var query = Parser().Parse("kwa zim plox Acme Globex unk quorb 2025?", VocabularyFixture.Knowledge);

        Assert.Equal(Zorbish, query.Language);
        Assert.Equal(ComputationKind.Difference, query.Computation);
        Assert.Equal(["acme", "globex"], query.Subjects.Select(s => s.Id));
        Assert.True(query.Period is { Years: [2025], Quarter: 1 });
        Assert.Empty(query.UnknownNames);
    }

    [Fact]
    public void Parse_PseudoLanguageMixedWithGerman_UsesBothVocabularies()
    {
        // The parser matches with the union of the vocabularies; only the detector tells them apart.
        var query = Parser().Parse("Wie viel investiert Acme im blorn 2025?", VocabularyFixture.Knowledge);

        Assert.Equal(Language.German, query.Language);
        Assert.Equal(3, query.Period.Month);
    }

    [Fact]
    public void Parse_PseudoLanguageCommand_HasItsIntent()
    {
        var query = Parser().Parse("/zumpa acme globex", VocabularyFixture.Knowledge);

        Assert.Equal(QueryIntent.Compare, query.Intent);
    }

    [Fact]
    public void Parse_WithoutTheRegistration_PseudoWordsAreUnknownNames()
    {
        var query = new QuestionParser(new FakeTimeProvider(VocabularyFixture.Now)).Parse("kwa zim plox Acme Globex", VocabularyFixture.Knowledge);

        Assert.Equal(Language.English, query.Language);
        Assert.Contains("plox", query.UnknownNames);
    }
}
