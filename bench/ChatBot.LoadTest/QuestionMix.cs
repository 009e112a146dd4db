using System.Globalization;
using ChatBot.Benchmarks.Shared;
using ChatBot.Core.Knowledge;

namespace ChatBot.LoadTest;

/// <summary>
/// A realistic mix of <c>/ask</c> questions: every subject of the knowledge by its German and English names and
/// aliases, in the ways people ask (amounts with and without a year, comparisons, totals, rankings, sources, what a
/// project is), plus names the knowledge does not know and the load test's twelve fixed questions. Requests draw
/// from them with a Zipf distribution (a few questions are asked often, most rarely), so an answer cache meets the
/// repeats and the long tail of real traffic rather than twelve questions over and over.
/// </summary>
internal static class QuestionMix
{
    private static readonly string[] EnglishAmount =
    [
        "How much does {0} invest in AI?",
        "How much will {0} invest in AI in {1}?",
        "how much is {0} spending on data centers in {1}",
        "What did {0} announce?",
        "Where does the figure for {0} come from?",
    ];

    private static readonly string[] GermanAmount =
    [
        "Wie viel investiert {0} in KI?",
        "Wie viel investiert {0} {1} in KI?",
        "Wie viel gibt {0} {1} für Rechenzentren aus?",
        "Was plant {0}?",
        "Woher stammt die Zahl zu {0}?",
    ];

    private static readonly string[] UnknownNames = ["Intel", "Oracle", "Nvidia", "IBM", "Samsung", "Tesla", "Siemens", "SAP", "Baidu", "Alibaba"];

    private static readonly int[] Years = [2024, 2025, 2026];

    public static IReadOnlyList<(string Question, string Locale)> Build(KnowledgeBase knowledge, int seed)
    {
        var questions = new List<(string, string)>(AskInteractions.Questions);
        var names = knowledge.Subjects
            .Select(s => (En: s.Name.In(Language.English), De: s.Name.In(Language.German), Alias: s.Aliases.FirstOrDefault() ?? s.Name.In(Language.English)))
            .ToList();
        foreach (var (en, de, alias) in names)
        {
            foreach (var year in Years)
            {
                var y = year.ToString(CultureInfo.InvariantCulture);
                questions.AddRange(EnglishAmount.Select(t => (string.Format(CultureInfo.InvariantCulture, t, en, y), "en-US")));
                questions.AddRange(GermanAmount.Select(t => (string.Format(CultureInfo.InvariantCulture, t, de, y), "de")));
                questions.Add((string.Format(CultureInfo.InvariantCulture, EnglishAmount[1], alias, y), "en-GB"));
                questions.Add(($"Wer investiert {y} am meisten in KI?", "de"));
                questions.Add(($"Who invests the most in AI in {y}?", "en-US"));
            }
        }

        var random = new Random(seed);
        for (var i = 0; i < names.Count * 6; i++)
        {
            var (a, b) = (names[random.Next(names.Count)], names[random.Next(names.Count)]);
            questions.Add(random.Next(4) switch
            {
                0 => ($"compare {a.En} and {b.En}", "en-US"),
                1 => ($"Vergleiche {a.De} und {b.De}", "de"),
                2 => ($"total of {a.En} and {b.En} in {Years[random.Next(Years.Length)]}", "en-US"),
                _ => ($"Wie viel investieren {a.De} und {b.De} zusammen?", "de"),
            });
        }

        foreach (var name in UnknownNames)
        {
            questions.Add(($"How much does {name} invest in AI?", "en-US"));
            questions.Add(($"Wie viel investiert {name} in KI?", "de"));
        }

        // People type the same question differently: lower case, with or without a question mark, with "please".
        // Every variant is a question of its own to a cache keyed by the exact text.
        var variants = questions.SelectMany(q => Variants(q.Item1, q.Item2).Select(v => (v, q.Item2)));

        // Distinct questions in a random order, so popularity (the Zipf rank) does not follow the templates.
        return [.. variants.Distinct().OrderBy(_ => random.Next())];
    }

    private static IEnumerable<string> Variants(string question, string locale)
    {
        var bare = question.TrimEnd('?');
        var please = locale.StartsWith("de", StringComparison.Ordinal) ? " bitte?" : " please?";
        foreach (var text in new[] { bare, bare.ToLowerInvariant() })
        {
            yield return text;
            yield return text + "?";
            yield return text + "??";
            yield return text + please;
        }
    }

    /// <summary>Question indexes drawn with Zipf(1) popularity: rank k is asked in proportion to 1/k.</summary>
    public static int[] Draw(int distinct, int count, int seed)
    {
        var cumulative = new double[distinct];
        var sum = 0.0;
        for (var k = 0; k < distinct; k++)
        {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }

        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            return Math.Min(distinct - 1, index < 0 ? ~index : index);
        })];
    }
}
