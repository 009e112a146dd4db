using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Core.Understanding;
using ChatBot.Core.Understanding.Vocabulary;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Understanding.Vocabulary;

/// <summary>
/// Two companies (Acme, Globex) and no other words, so a question's vocabulary alone decides what it means (a third,
/// Zorbco, is named only by the words name-word variants stand for); and a parser that knows exactly one vocabulary
/// next to an empty fallback language, so no other entry covers for one.
/// </summary>
internal static class VocabularyFixture
{
    public static readonly Language Empty = new("xx");

    public static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static readonly string Yaml = AcmeYaml.Document(
        AcmeYaml.Source("article-1", "Acme baut aus", "acme.txt"),
        AcmeYaml.DataCentersTopic,
        AcmeYaml.Company("acme", "Acme") + AcmeYaml.Company("globex", "Globex") + AcmeYaml.Company("zorbco", "Zorbco", VariantAliases()),
        AcmeYaml.Acme2025() + AcmeYaml.Fact(
            "globex-2025", "globex", "{ value: 8, currency: USD, scale: billion, qualifier: around }", "{ year: 2025 }",
            "Globex investiert 2025 rund 8 Mrd. US-Dollar.", "Globex invests around $8 billion in 2025.", "article-1",
            "\"Globex will 2025 rund 8 Milliarden Dollar investieren.\"", "[data-centers]"));

    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
    {
        var result = KnowledgeLoader.Load(Yaml, "vocabulary.yaml");
        return result.Knowledge ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    });

    public static KnowledgeBase Knowledge => Loaded.Value;

    // "largest zorbs", "Konzerne zorbs": a name for each word a name-word variant stands for.
    private static string VariantAliases() =>
        $"[{string.Join(", ", QuestionVocabularies.Default.Languages.SelectMany(l => QuestionVocabularies.Default.For(l).NameWordVariants.Values).Distinct().Select(w => $"{w} zorbs"))}]";

    /// <summary>A table with <paramref name="vocabulary"/> for <paramref name="language"/> and an empty fallback.</summary>
    public static LanguageTable<IQuestionVocabulary> Only(Language language, IQuestionVocabulary vocabulary) =>
        new(Empty, [new(Empty, new TestVocabulary()), new(language, vocabulary)]);

    public static Query Parse(Language language, IQuestionVocabulary vocabulary, string question) =>
        new QuestionParser(new FakeTimeProvider(Now), Only(language, vocabulary)).Parse(question, Knowledge);
}
