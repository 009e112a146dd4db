using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Tests.Understanding.Vocabulary;

/// <summary>
/// One generated case per entry of every category of every registered vocabulary: a question using the entry means
/// what its category declares, parsed with that vocabulary alone, so deleting or misfiling an entry fails its case.
/// </summary>
public class QuestionVocabularyTests
{
    public static TheoryData<string, string, string> Entries()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var language in QuestionVocabularies.Default.Languages.OrderBy(l => l.Code, StringComparer.Ordinal))
        {
            var vocabulary = QuestionVocabularies.Default.For(language);
            foreach (var @case in VocabularyCases.All.Values)
            {
                foreach (var entry in @case.Entries(vocabulary))
                {
                    data.Add(@case.Category, language.Code, entry);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Entry_InAQuestion_HasTheMeaningOfItsCategory(string category, string language, string entry)
    {
        var vocabulary = QuestionVocabularies.Default.For((Language)language);
        var @case = VocabularyCases.All[category];

        var query = @case.Parse((Language)language, vocabulary, entry);

        @case.Assert(query, vocabulary, entry);
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Entry_Deleted_ItsCaseFails(string category, string language, string entry)
    {
        // The cases above are only worth their number if each one depends on its entry.
        var vocabulary = QuestionVocabularies.Default.For((Language)language);
        var @case = VocabularyCases.All[category];

        var query = @case.Parse((Language)language, vocabulary, entry, withoutEntry: true);

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => @case.Assert(query, vocabulary, entry));
    }

    [Fact]
    public void Cases_CoverEveryCategoryOfTheVocabulary()
    {
        var categories = typeof(IQuestionVocabulary).GetProperties().Select(p => p.Name);

        Assert.Equal(categories.Order(), VocabularyCases.All.Keys.Order());
    }

    [Fact]
    public void Fixture_WordOfNoVocabulary_IsAnUnknownName()
    {
        // The control for the common-word cases: without an entry, a word is reported as a name.
        var query = VocabularyFixture.Parse(Language.English, new TestVocabulary(), "Acme Zorblax");

        Assert.Equal(["Zorblax"], query.UnknownNames);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Categories_HaveNoDuplicateEntries(string language)
    {
        var vocabulary = QuestionVocabularies.Default.For((Language)language);
        foreach (var property in typeof(IQuestionVocabulary).GetProperties().Where(p => p.PropertyType == typeof(IReadOnlyList<string>)))
        {
            var entries = (IReadOnlyList<string>)property.GetValue(vocabulary)!;
            var folded = entries.Select(global::ChatBot.Core.Text.TextFolding.Fold).ToList();
            Assert.True(folded.Count == folded.Distinct().Count(), $"{language} {property.Name} lists a word twice");
        }
    }

    public static TheoryData<string> Languages() => [.. QuestionVocabularies.Default.Languages.Select(l => l.Code)];
}
