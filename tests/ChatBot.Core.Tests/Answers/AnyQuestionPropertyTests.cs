using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using CsCheck;

namespace ChatBot.Core.Tests.Answers;

/// <summary>Whatever a user types, the engine answers it or the guard refuses it in one line; it never throws.</summary>
public class AnyQuestionPropertyTests
{
    // Words the parser acts on, digits of several scripts, and text that breaks naive string handling.
    private static readonly string[] Fragments =
    [
        "Wie viel", "investiert", "How much", "invest", "Amazon", "Microsoft", "Meta", "Stargate", "Frankreich", "vs", "und",
        "compare", "Vergleich", "top", "Rangliste", "Quelle", "sources", "2025", "2024", "FY25", "Q1", "H2", "im Juni",
        "bis 2028", "dieses Jahr", "１２３", "٣", "२०२५", "৯", "1.000,5", "99999999999999999999999999999", "0,0", "-7",
        "%", "$", "€", "Milliarden", "billion", "?", "!", "„", "“", "e\u0301", "\U0001F600", "\u200F", "\uFEFF", "\uD800",
        "\uDC00", "\u0085", "\u2028", "\t", "\n", "ß", "İ", "ǅ", "ﬀ", "@everyone", "<@123>", "*", "_", "`", "||",
    ];

    private static readonly Gen<string> AnyUtf16 = Gen.Char['\0', '\uffff'].Array[0, 400].Select(chars => new string(chars));

    private static readonly Gen<string> Phrases = Gen.OneOf(Fragments).Array[0, 25].Select(parts => string.Join(' ', parts));

    private static readonly Gen<string> Questions = Gen.OneOf<string>(
        AnyUtf16,
        Phrases,
        Gen.Select(Phrases, AnyUtf16, (phrase, noise) => phrase + noise),
        Gen.Select(Phrases, Gen.Int[0, 1200], (phrase, padding) => phrase + new string('x', padding)));

    [Fact]
    public void AnyText_IsAnsweredOrRefusedInOneLine()
    {
        var engine = CuratedKnowledge.Engine();

        Gen.Select(Questions, Gen.OneOf<Language?>(null, Language.German, Language.English)).Sample((text, language) =>
        {
            if (QuestionGuard.TryAccept(text, out var accepted, out var refusal))
            {
                var answer = engine.Ask(accepted, language);
                Assert.False(string.IsNullOrWhiteSpace(PlainTextRenderer.Render(answer)));
            }
            else
            {
                foreach (var book in new[] { PhraseBooks.English, PhraseBooks.German })
                {
                    var line = book.Answers.Refusal(refusal);
                    Assert.False(string.IsNullOrWhiteSpace(line));
                    Assert.DoesNotContain('\n', line);
                }
            }
        }, iter: 1500, threads: 1);
    }

    [Fact]
    public void AnyFollowUp_IsAnsweredWithThePreviousQuestionAsContext()
    {
        var engine = CuratedKnowledge.Engine();
        var previous = engine.Ask("Wie viel investiert Amazon 2025?").Query;

        Phrases.Sample(text =>
        {
            if (QuestionGuard.TryAccept(text, out var accepted, out _))
            {
                Assert.NotNull(engine.Ask(accepted, context: previous));
            }
        }, iter: 500, threads: 1);
    }
}
