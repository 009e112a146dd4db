using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Tests.Understanding.Vocabulary;

/// <summary>
/// One vocabulary category as a test: its entries, and a check that a question using an entry means what the
/// category declares. The check parses with the entry's vocabulary alone (Adjust may empty categories that would
/// cover for the entry), so deleting the entry makes its case fail. Question builds the question for an entry, taking
/// the words around it from the same vocabulary; Assert says what the parsed question must mean.
/// </summary>
internal sealed record VocabularyCase(
    string Category,
    Func<IQuestionVocabulary, IEnumerable<string>> Entries,
    Func<IQuestionVocabulary, string, string> Question,
    Action<Query, IQuestionVocabulary, string> Assert,
    Func<TestVocabulary, TestVocabulary>? Adjust = null)
{
    public Query Parse(Language language, IQuestionVocabulary vocabulary, string entry, bool withoutEntry = false)
    {
        var used = Adjust is null ? TestVocabulary.From(vocabulary) : Adjust(TestVocabulary.From(vocabulary));
        return VocabularyFixture.Parse(language, withoutEntry ? used.Without(Category, entry) : used, Question(vocabulary, entry));
    }
}
