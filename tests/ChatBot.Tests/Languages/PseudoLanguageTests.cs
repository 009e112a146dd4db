using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rendering;
using ChatBot.Teams.Rendering;
using ChatBot.Tests.Languages.Pseudo;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Languages;

/// <summary>
/// Issue 6's proof that languages are data: answers forced into a pseudo-language whose phrase books mark every phrase
/// contain, once the marked phrases and the knowledge's own texts are taken out, no word at all — so no German or
/// English word comes from code, in plain text, on Discord or in Teams.
/// </summary>
public sealed partial class PseudoLanguageTests
{
    // Questions of every answer kind, understood in German or English and then answered in the pseudo-language.
    private static readonly string[] QuestionTexts =
    [
        "Wie viel investiert Microsoft in KI?",
        "How much will Meta spend in 2025?",
        "Microsoft FY25",
        "Alphabet im ersten Quartal 2025",
        "Alphabet H1 2025",
        "OpenAI bis 2028",
        "Oracle September 2025",
        "Stargate",
        "Frankreich",
        "Wie viel wird in Rechenzentren investiert?",
        "education",
        "Who spends more, Amazon or Microsoft?",
        "Amazon 2024 vs 2025",
        "is Stargate bigger than France's plan and by how much",
        "Wer investiert 2025 am meisten?",
        "who invests the least",
        "Wie viel investieren Amazon und Microsoft zusammen?",
        "big four total 2025",
        "How much more than Meta does Microsoft plan to spend on AI in 2025?",
        "Um wie viel Prozent steigt Amazons Investition von 2024 auf 2025?",
        "how many times bigger is the later Oracle deal?",
        "Welcher Anteil von Alphabets KI-Budget 2025 fällt ins erste Quartal?",
        "Stargate per year",
        "what is left for the rest of the year for Alphabet?",
        "meta 2028 plan, not the 2025 budget",
        "How much is SoftBank putting into Stargate itself?",
        "Alphabet im ersten Halbjahr 2025?",
        "Woher stammt die Zahl zu Stargate?",
        "Wann hat Meta sein Budget für 2025 bekannt gegeben?",
        "Wie viel investiert Intel?",
        "How much does Samsung invest in AI?",
        "Wie viel investiert Microsoft 1995?",
        "How many GPUs does Meta buy?",
        "/sources",
        "help",
        "Hallo",
        "Welche Unternehmen kennst du?",
        "Wie viel?",
    ];

    public static TheoryData<string> Questions => new(QuestionTexts);

    private static readonly KnowledgeBase Knowledge = CuratedKnowledge.Knowledge;

    private static readonly AnswerEngine Engine = new(
        new KnowledgeStore(Knowledge),
        new QuestionParser(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero))),
        PseudoLanguage.Books);

    // The knowledge's own texts, longest first so that a name inside a statement does not break the statement apart.
    private static readonly IReadOnlyList<string> KnowledgeTexts = [.. DataTexts(Knowledge).Distinct().OrderByDescending(t => t.Length)];

    [Theory]
    [MemberData(nameof(Questions))]
    public void PlainText_PseudoLanguage_NoWordFromCode(string question)
    {
        var answer = Answer(question);

        AssertNoWordFromCode(answer, PlainTextRenderer.Render(answer, PseudoLanguage.Book.Answers), Unchanged);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Discord_PseudoLanguage_NoWordFromCode(string question)
    {
        var answer = Answer(question);

        var data = DiscordAnswerRenderer.Render(answer, PseudoLanguage.Discord);

        AssertNoWordFromCode(answer, string.Join('\n', DiscordTexts(data)), DiscordMarkdown.Escape);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Teams_PseudoLanguage_NoWordFromCode(string question)
    {
        var answer = Answer(question);

        var reply = TeamsReplies.Answer(PhrasedAnswer.Unphrased(answer), CardOptions.Bot, PseudoLanguage.Teams);

        var cards = reply.Attachments!.Select(a => a.Content!).ToList();
        Assert.NotEmpty(cards);
        AssertNoWordFromCode(answer, string.Join('\n', cards.SelectMany(CardTexts)), TeamsMarkdown.Escape);
    }

    [Fact]
    public void Questions_CoverEveryAnswerKind()
    {
        var kinds = QuestionTexts.Select(q => Answer(q).Kind).ToHashSet();

        Assert.Equal([], Enum.GetValues<AnswerKind>().Except(kinds));
    }

    [Fact]
    public void AssertNoWordFromCode_LiteralOutsidePhraseBook_Fails()
    {
        // What a composer writing "Quellen" itself instead of asking the phrase book would produce.
        var answer = Answer("Stargate");
        var leaked = PlainTextRenderer.Render(answer, PseudoLanguage.Book.Answers) + "\nQuellen:";

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertNoWordFromCode(answer, leaked, Unchanged));
    }

    private static Answer Answer(string question)
    {
        var query = Engine.Understand(Knowledge, question);
        var answer = Engine.Answer(Knowledge, query with { Language = PseudoLanguage.Language });
        Assert.Equal(PseudoLanguage.Language, answer.Language);
        return answer;
    }

    private static void AssertNoWordFromCode(Answer answer, string rendered, Func<string, string> escape)
    {
        var text = PseudoText.Unmarked(rendered);

        // Names the question gave that the knowledge does not know ("Intel") are the user's words, repeated back.
        foreach (var data in KnowledgeTexts.Concat(answer.Query.UnknownNames))
        {
            text = text.Replace(escape(data), " ", StringComparison.Ordinal).Replace(data, " ", StringComparison.Ordinal);
        }

        var words = Words().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(words.Count == 0, $"Words from code in the pseudo-language answer: {string.Join(", ", words)}\n---\n{rendered}");
    }

    private static IEnumerable<string> DataTexts(KnowledgeBase knowledge)
    {
        foreach (var subject in knowledge.Subjects)
        {
            yield return subject.Id;
            foreach (var text in subject.Name.Texts.Concat(subject.Aliases))
            {
                yield return text;
            }
        }

        foreach (var topic in knowledge.Topics)
        {
            foreach (var text in topic.Name.Texts.Append(topic.Id))
            {
                yield return text;
            }
        }

        foreach (var fact in knowledge.Facts)
        {
            foreach (var text in fact.Statement.Texts.Append(fact.Quote).Append(fact.Id))
            {
                yield return text;
            }

            if (fact.Period.Label is { } label)
            {
                foreach (var text in label.Texts)
                {
                    yield return text;
                }
            }

            if (fact.Amount?.Currency is { } currency)
            {
                yield return currency;
            }
        }

        foreach (var source in knowledge.Sources)
        {
            foreach (var text in new[] { source.Id, source.Title, source.Publisher, source.File, source.Url }.OfType<string>())
            {
                yield return text;
            }

            if (source.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                yield return uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
                yield return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            }
        }
    }

    private static IEnumerable<string> DiscordTexts(InteractionCallbackData data)
    {
        foreach (var embed in data.Embeds ?? [])
        {
            yield return embed.Title ?? "";
            yield return embed.Description ?? "";
            yield return embed.Footer?.Text ?? "";
            foreach (var field in embed.Fields ?? [])
            {
                yield return field.Name;
                yield return field.Value;
            }
        }

        foreach (var label in Labels(data.Components ?? []))
        {
            yield return label;
        }

        yield return data.Content ?? "";
    }

    private static IEnumerable<string> Labels(IEnumerable<Component> components) =>
        components.SelectMany(c => Labels(c.Components ?? []).Prepend(c.Label ?? ""));

    // What a Teams user reads on a card: text blocks, fact titles and values, button titles (not the invoke data, and
    // not the fallback text, which is the plain-text rendering checked above, cut to a length).
    private static IEnumerable<string> CardTexts(JsonNode node) => node switch
    {
        JsonObject card => card
            .Where(p => p.Key is not ("data" or "type" or "$schema" or "id" or "version" or "width" or "size" or "weight" or "color" or "spacing" or "wrap"))
            .SelectMany(p => p.Value is JsonValue value && p.Key is "text" or "title" or "value" ? [(string)value!] : p.Value is null ? [] : CardTexts(p.Value)),
        JsonArray items => items.OfType<JsonNode>().SelectMany(CardTexts),
        _ => [],
    };

    private static string Unchanged(string text) => text;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
