using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Core.Understanding;
using ChatBot.Core.Understanding.Vocabulary;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Understanding.Vocabulary;

/// <summary>
/// Two companies (Acme, Globex) and no other words, so a question's vocabulary alone decides what it means; and a
/// parser that knows exactly one vocabulary next to an empty fallback language, so no other entry covers for one.
/// </summary>
internal static class VocabularyFixture
{
    public static readonly Language Empty = new("xx");

    public static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private const string Yaml = """
        version: 1
        sources:
          - id: article-1
            title: Acme baut aus
            publisher: null
            published: null
            url: null
            file: acme.txt
        topics:
          - id: data-centers
            name: { de: Rechenzentren, en: data centres }
            terms: [rechenzentr]
        subjects:
          - id: acme
            name: Acme
            kind: company
          - id: globex
            name: Globex
            kind: company
        facts:
          - id: acme-2025
            subject: acme
            kind: capex
            topics: [data-centers]
            amount: { value: 12, currency: USD, scale: billion, qualifier: around }
            period: { year: 2025 }
            statement:
              de: Acme investiert 2025 rund 12 Mrd. US-Dollar.
              en: Acme invests around $12 billion in 2025.
            source: article-1
            quote: "Acme will 2025 rund 12 Milliarden Dollar investieren."
          - id: globex-2025
            subject: globex
            kind: capex
            topics: [data-centers]
            amount: { value: 8, currency: USD, scale: billion, qualifier: around }
            period: { year: 2025 }
            statement:
              de: Globex investiert 2025 rund 8 Mrd. US-Dollar.
              en: Globex invests around $8 billion in 2025.
            source: article-1
            quote: "Globex will 2025 rund 8 Milliarden Dollar investieren."
        """;

    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
    {
        var result = KnowledgeLoader.Load(Yaml, "vocabulary.yaml");
        return result.Knowledge ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    });

    public static KnowledgeBase Knowledge => Loaded.Value;

    /// <summary>A table with <paramref name="vocabulary"/> for <paramref name="language"/> and an empty fallback.</summary>
    public static LanguageTable<IQuestionVocabulary> Only(Language language, IQuestionVocabulary vocabulary) =>
        new(Empty, [new(Empty, new TestVocabulary()), new(language, vocabulary)]);

    public static Query Parse(Language language, IQuestionVocabulary vocabulary, string question) =>
        new QuestionParser(new FakeTimeProvider(Now), Only(language, vocabulary)).Parse(question, Knowledge);
}
