using ChatBot.Core.Understanding;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Tests.Understanding.Vocabulary;

/// <summary>Every category of <see cref="IQuestionVocabulary"/> and what each of its entries means in a question.</summary>
internal static class VocabularyCases
{
    private const int ThisYear = 2026;

    public static IReadOnlyDictionary<string, VocabularyCase> All { get; } = new VocabularyCase[]
    {
        // A command's first word is no evidence of a language, so the marker follows a name.
        new("Markers", v => v.Markers, (_, w) => $"Acme {w}", (q, _, _) => Assert.NotEqual(VocabularyFixture.Empty, q.Language)),
        new("DistinctiveLetters", v => v.DistinctiveLetters.Select(c => c.ToString()), (_, w) => $"Acme {w}", (q, _, _) => Assert.NotEqual(VocabularyFixture.Empty, q.Language)),
        // Stems and period words would cover for a deleted common word, so they are emptied here.
        new("CommonWords", v => v.CommonWords.Where(w => w.Length >= 2 && w.All(char.IsLetter)), (_, w) => $"Acme {w}", NotUnknown,
            v => v with { KnownStems = [], FiscalWords = [], CurrentYearWords = [], YearBeforeWords = [] }),
        new("KnownStems", v => v.KnownStems, (_, w) => $"Acme {w}zzz", (q, v, w) => NotUnknown(q, v, $"{w}zzz")),
        new("NonKeywords", v => v.NonKeywords, (_, w) => $"Acme {w}", (q, _, w) => Assert.DoesNotContain(w, q.Keywords),
            v => v with { WholeWords = [], Negations = [], Contrasts = [], Restrictions = [], Alternatives = [] }),
        new("Articles", v => v.Articles, (v, w) => $"Acme {v.BaseMarkers[0]} {w} Globex", (q, _, _) => Assert.Equal("globex", q.BaseSubjectId)),
        new("PossessiveMarkers", v => v.PossessiveMarkers, (_, w) => $"Acme {w} Zorblax", NamesOrganisation),
        new("OrganisationWords", v => v.OrganisationWords, (_, w) => $"Acme {w} Zorblax", NamesOrganisation),
        // A command says what it wants, so calculation words after it are not read ("/pledge acme globex minus").
        new("CommandWords", v => v.CommandWords.Keys, (v, w) => $"/{w} acme globex {v.MinusWords[0]}",
            (q, v, w) => Assert.True(q.Intent == v.CommandWords[w] && q.Computation != ComputationKind.Difference)),
        new("CommandPrefixes", v => v.CommandPrefixes, (_, w) => $"{w} zorblax", NotUnknown, v => v with { CommonWords = [] }),
        new("CompareCues", v => v.CompareCues, (_, w) => $"Acme {w} Globex", (q, _, _) => Assert.Equal(QueryIntent.Compare, q.Intent)),
        new("TotalCues", v => v.TotalCues, (_, w) => $"Acme Globex {w}", (q, _, _) => Assert.Equal(QueryIntent.Total, q.Intent)),
        new("RankCues", v => v.RankCues, (_, w) => $"Zorblax {w}", (q, _, _) => Assert.True(q is { Intent: QueryIntent.Rank, Ascending: false })),
        new("AscendingCues", v => v.AscendingCues, (_, w) => $"Zorblax {w}", (q, _, _) => Assert.True(q is { Intent: QueryIntent.Rank, Ascending: true })),
        new("SourceCues", v => v.SourceCues, (_, w) => $"Zorblax {w}", (q, _, _) => Assert.True(q is { Intent: QueryIntent.Sources, WantsQuotes: true })),
        new("OriginCues", v => v.OriginCues, (_, w) => w, (q, _, _) => Assert.Equal(QueryIntent.Sources, q.Intent)),
        new("WhoWords", v => v.WhoWords, (_, w) => $"{w} 600", (q, _, _) => Assert.True(q.WantsQuotes)),
        new("HelpCues", v => v.HelpCues, (_, w) => $"Zorblax {w}", (q, _, _) => Assert.Equal(QueryIntent.Help, q.Intent)),
        new("CapabilityCues", v => v.CapabilityCues, (_, w) => w, (q, _, _) => Assert.Equal(QueryIntent.Help, q.Intent)),
        new("GreetingWords", v => v.GreetingWords, (_, w) => w, (q, _, _) => Assert.Equal(QueryIntent.Greeting, q.Intent)),
        new("SubjectListCues", v => v.SubjectListCues, (v, w) => $"{v.ListQuestionWords[0]} {w}", (q, _, _) => Assert.Equal(QueryIntent.Subjects, q.Intent)),
        new("ListQuestionWords", v => v.ListQuestionWords, (v, w) => $"{w} {v.SubjectListCues[0]}", (q, _, _) => Assert.Equal(QueryIntent.Subjects, q.Intent)),
        new("AmountWords", v => v.AmountWords, (_, w) => $"Acme {w}", (q, _, _) => Assert.True(q.AsksAmount)),
        new("AmountStems", v => v.AmountStems, (_, w) => $"Acme {w}zz", (q, _, _) => Assert.True(q.AsksAmount)),
        // "steckt die Telekom": only a spending verb reaches across an article.
        new("SpendingVerbs", v => v.SpendingVerbs, (v, w) => $"{w} {v.Articles[0]} Zorblax", (q, _, _) => Assert.True(q.UnknownIsActor)),
        new("ActorMarkers", v => v.ActorMarkers, (_, w) => $"{w} Zorblax", (q, _, _) => Assert.True(q.UnknownIsActor)),
        new("BaseMarkers", v => v.BaseMarkers, (_, w) => $"Acme {w} Globex", (q, _, _) => Assert.Equal("globex", q.BaseSubjectId)),
        // The topic between two names belongs to the name an owner word ties it to ("Acme und Rechenzentren von Globex").
        new("OwnerMarkers", v => v.OwnerMarkers, (v, w) => $"Acme {v.AndWords[0]} rechenzentren {w} Globex", (q, _, _) => Assert.Equal("globex", q.TopicOwners["data-centers"])),
        // The fixture's Zorbco is named by every variant's target word followed by "zorbs".
        new("NameWordVariants", v => v.NameWordVariants.Keys, (_, w) => $"Acme {w} zorbs", (q, _, _) => Assert.Contains(q.Subjects, s => s.Id == "zorbco")),
        new("ForeignMeasures", v => v.ForeignMeasures, (_, w) => $"Acme {w}", (q, _, _) => Assert.NotNull(q.ForeignMeasure)),
        // A capitalised ordinary word of a noun-capitalising language does not continue a name ("Zorblax Geld").
        new("CapitalisesNouns", v => v.CapitalisesNouns ? ["true"] : [], (v, _) => $"acme xx Zorblax {CapitalisedCommonWord(v)}", (q, _, _) => Assert.Equal(["Zorblax"], q.UnknownNames)),
        new("Months", v => v.Months.Keys, (_, w) => $"Acme {w} 2025", (q, v, w) => Assert.Equal(v.Months[w], q.Period.Month)),
        new("Ordinals", v => v.Ordinals.Keys, (v, w) => $"Acme {w} {v.QuarterWords[0]} 2025", (q, v, w) => Assert.Equal(v.Ordinals[w], q.Period.Quarter)),
        new("QuarterWords", v => v.QuarterWords, (v, w) => $"Acme {OrdinalOne(v)} {w} 2025", (q, _, _) => Assert.Equal(1, q.Period.Quarter)),
        new("HalfWords", v => v.HalfWords, (v, w) => $"Acme {OrdinalOne(v)} {w} 2025", (q, _, _) => Assert.Equal(1, q.Period.Half)),
        new("QuarterPrefixes", v => v.QuarterPrefixes, (_, w) => $"Acme {w}3 2025", (q, _, _) => Assert.Equal(3, q.Period.Quarter)),
        new("HalfPrefixes", v => v.HalfPrefixes, (_, w) => $"Acme {w}2 2025", (q, _, _) => Assert.Equal(2, q.Period.Half)),
        new("FiscalWords", v => v.FiscalWords, (_, w) => $"Acme {w} 2025", (q, _, _) => Assert.True(q.Period.FiscalYear)),
        new("FiscalPrefixes", v => v.FiscalPrefixes, (_, w) => $"Acme {w}25", (q, _, _) => Assert.True(q.Period is { FiscalYear: true, Years: [2025] })),
        new("YearWords", v => v.YearWords, (v, w) => $"Acme {v.RelativeYears.First(p => p.Value == 0).Key} {w}", (q, _, _) => Assert.Equal([ThisYear], q.Period.Years)),
        new("RelativeYears", v => v.RelativeYears.Keys, (v, w) => $"Acme {w} {v.YearWords[0]}", (q, v, w) => Assert.Equal([ThisYear + v.RelativeYears[w]], q.Period.Years)),
        new("CurrentYearWords", v => v.CurrentYearWords, (_, w) => $"Acme {w}", (q, _, _) => Assert.Equal([ThisYear], q.Period.Years)),
        new("YearBeforeWords", v => v.YearBeforeWords, (_, w) => $"Acme 2025 {w}", (q, _, _) => Assert.Equal([2024, 2025], q.Period.Years)),
        new("PreviousYearModifiers", v => v.PreviousYearModifiers, (v, w) => $"Acme 2025 {w} {v.YearWords[0]}", (q, _, _) => Assert.Equal([2024, 2025], q.Period.Years)),
        new("YearBeforeFollowers", v => v.YearBeforeFollowers, (v, w) => $"Acme 2025 {v.YearWords[0]} {w}", (q, _, _) => Assert.Equal([2024, 2025], q.Period.Years)),
        new("UntilWords", v => v.UntilWords, (_, w) => $"Acme {w} 2030", (q, _, _) => Assert.Equal(2030, q.Period.UntilYear)),
        // "by 2026", a year from now: the figure for 2026, not one until then.
        new("ContextualUntilWords", v => v.ContextualUntilWords, (_, w) => $"Acme {w} {ThisYear}", (q, _, _) => Assert.True(q.Period is { UntilYear: null, Years: [ThisYear] })),
        new("UntilFillers", v => v.UntilFillers, (v, w) => $"Acme {PlainUntil(v)} {w} 2026", (q, _, _) => Assert.Equal(2026, q.Period.UntilYear)),
        new("EndWords", v => v.EndWords, (v, w) => $"Acme {w} {v.DecadeWords[0]}", (q, _, _) => Assert.Equal(2030, q.Period.UntilYear)),
        new("DecadeWords", v => v.DecadeWords, (v, w) => $"Acme {v.EndWords[0]} {w}", (q, _, _) => Assert.Equal(2030, q.Period.UntilYear)),
        new("RangeWords", v => v.RangeWords, (v, w) => $"Acme {Month(v, 1)} {w} {Month(v, 3)} 2025", (q, _, _) => Assert.Equal(1, q.Period.Quarter)),
        new("Negations", v => v.Negations, (_, w) => $"Acme {w} 2024", (q, _, _) => Assert.Equal([2024], q.Period.ExcludedYears)),
        // A word ending a negation ("nicht Globex, sondern 2025") keeps the year asked for.
        new("Alternatives", v => v.Alternatives, (v, w) => $"Acme {Negation(v)} Globex {w} 2025", Asked2025),
        new("Contrasts", v => v.Contrasts, (v, w) => $"Acme {Negation(v)} Globex {w} 2025", Asked2025),
        new("Restrictions", v => v.Restrictions, (v, w) => $"Acme {Negation(v)} Globex {w} 2025", Asked2025),
        new("WholeWords", v => v.WholeWords, (_, w) => $"Acme {w}", (q, _, _) => Assert.True(q.PrefersWhole)),
        new("AndWords", v => v.AndWords, (_, w) => $"Acme 600 {w} 2025", (q, _, _) => Assert.Equal([600m], q.ContextNumbers)),
        new("FollowUpWords", v => v.FollowUpWords, (v, w) => $"Acme 600 {v.AndWords[0]} {w}", (q, _, _) => Assert.Equal([600m], q.ContextNumbers)),
        new("WhenWords", v => v.WhenWords, (_, w) => $"Acme {w}", (q, _, _) => Assert.True(q.AsksWhen)),
        new("WhenWordSets", v => v.WhenWordSets, (_, w) => $"Acme {w}", (q, _, _) => Assert.True(q.AsksWhen)),
        new("ScaleSuffixes", v => v.ScaleSuffixes, (_, w) => $"Acme 14{w}", (q, _, _) => Assert.Equal([14m], q.Numbers)),
        new("AbsoluteScaleWords", v => v.AbsoluteScaleWords, (v, w) => $"Acme 2024 2025 {v.ChangeWords[0]} {v.PercentUnits[0]} {w}", Is(ComputationKind.Change)),
        new("Comparatives", v => v.Comparatives, (v, w) => $"Acme Globex {v.HowMuchPhrases[0]} {w}", Is(ComputationKind.Difference)),
        new("ChangeWords", v => v.ChangeWords, (_, w) => $"Acme 2024 2025 {w}", Is(ComputationKind.Change)),
        new("PercentWords", v => v.PercentWords, (v, w) => $"Acme 2024 2025 {v.ChangeWords[0]} {w}", Is(ComputationKind.PercentChange)),
        new("PercentUnits", v => v.PercentUnits, (_, w) => $"Acme {w}", Is(ComputationKind.Share)),
        new("ShareWords", v => v.ShareWords, (v, w) => $"Acme {v.ShareQuestionWords[0]} {w}", Is(ComputationKind.Share), v => v with { PercentUnits = [] }),
        new("ShareQuestionWords", v => v.ShareQuestionWords, (v, w) => $"Acme {w} {v.ShareWords[0]}", Is(ComputationKind.Share)),
        new("RemainderWords", v => v.RemainderWords, (_, w) => $"Acme {w}", Is(ComputationKind.Remainder)),
        new("LooseRemainderWords", v => v.LooseRemainderWords, (v, w) => $"{v.RemainderQuestionWords[0]} {w} Acme", Is(ComputationKind.Remainder)),
        new("RemainderQuestionWords", v => v.RemainderQuestionWords, (v, w) => $"{w} {v.LooseRemainderWords[0]} Acme", Is(ComputationKind.Remainder)),
        new("PerYearWords", v => v.PerYearWords, (_, w) => $"Acme {w}", Is(ComputationKind.PerYear)),
        new("DistributiveWords", v => v.DistributiveWords, (v, w) => $"Acme {w} {v.PerYearUnits[0]}", Is(ComputationKind.PerYear)),
        new("PerYearUnits", v => v.PerYearUnits, (v, w) => $"Acme {v.DistributiveWords[0]} {w}", Is(ComputationKind.PerYear)),
        new("LoosePerYearPhrases", v => v.LoosePerYearPhrases, (_, w) => $"Acme {w}", Is(ComputationKind.PerYear)),
        // "in a year" is a point in time, not an average.
        new("TimePrepositions", v => v.TimePrepositions, (v, w) => $"Acme {w} {v.LoosePerYearPhrases[0]}", (q, _, _) => Assert.Null(q.Computation)),
        new("DifferenceWords", v => v.DifferenceWords, (_, w) => $"Acme Globex {w}", Is(ComputationKind.Difference)),
        new("HowMuchPhrases", v => v.HowMuchPhrases, (v, w) => $"Acme Globex {w} {v.Comparatives[0]}", Is(ComputationKind.Difference)),
        new("ByHowMuchPhrases", v => v.ByHowMuchPhrases, (_, w) => $"Acme Globex {w}", Is(ComputationKind.Difference)),
        new("MinusWords", v => v.MinusWords, (_, w) => $"Acme Globex {w}", Is(ComputationKind.Difference)),
        new("RatioWords", v => v.RatioWords, (_, w) => $"Acme Globex {w}", Is(ComputationKind.Ratio)),
        new("RatioSuffixes", v => v.RatioSuffixes, (_, w) => $"Acme Globex drei{w}", Is(ComputationKind.Ratio)),
        new("RatioPhrases", v => v.RatioPhrases, (_, w) => $"Acme Globex {w}", Is(ComputationKind.Ratio)),
        new("PreferenceWords", v => v.PreferenceWords.Keys, (_, w) => $"Acme {w}", (q, v, w) => Assert.Equal(v.PreferenceWords[w], q.Preference)),
        new("DegreeStems", v => v.DegreeStems.Keys, (v, w) => $"Acme {Inflected(v, w)}", (q, v, w) => Assert.Equal(v.DegreeStems[w], q.Preference)),
        new("AdjectiveEndings", v => v.AdjectiveEndings, (v, w) => $"Acme {StemFor(v, w)}{w}", (q, v, w) => Assert.Equal(v.DegreeStems[StemFor(v, w)], q.Preference)),
    }.ToDictionary(c => c.Category);

    private static string CapitalisedCommonWord(IQuestionVocabulary vocabulary)
    {
        var word = vocabulary.CommonWords.First(w => w.Length >= 4 && w.All(char.IsLetter) && !vocabulary.Months.ContainsKey(w));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static void NotUnknown(Query query, IQuestionVocabulary vocabulary, string word) =>
        Assert.DoesNotContain(query.UnknownNames, name => string.Equals(name, word, StringComparison.OrdinalIgnoreCase));

    // "Acme's Zorblax", "Acme Firma Zorblax": the question is about Zorblax, which the knowledge does not know.
    private static void NamesOrganisation(Query query, IQuestionVocabulary vocabulary, string word)
    {
        Assert.Empty(query.Subjects);
        Assert.Equal(["Zorblax"], query.UnknownNames);
    }

    private static void Asked2025(Query query, IQuestionVocabulary vocabulary, string word) =>
        Assert.True(query.Period is { Years: [2025], ExcludedYears.Count: 0 });

    private static Action<Query, IQuestionVocabulary, string> Is(ComputationKind kind) => (q, _, _) => Assert.Equal(kind, q.Computation);

    private static string OrdinalOne(IQuestionVocabulary v) => v.Ordinals.First(p => p.Value == 1 && p.Key.Any(char.IsLetter)).Key;

    private static string Month(IQuestionVocabulary v, int month) => v.Months.Where(p => p.Value == month).MaxBy(p => p.Key.Length).Key;

    private static string Negation(IQuestionVocabulary v) => v.Negations[0];

    private static string PlainUntil(IQuestionVocabulary v) => v.UntilWords.First(w => !v.ContextualUntilWords.Contains(w));

    // An inflected form that is no preference word of its own, so only the stem can give its meaning.
    private static string Inflected(IQuestionVocabulary v, string stem) =>
        v.AdjectiveEndings.Select(e => stem + e).First(w => !v.PreferenceWords.ContainsKey(w));

    private static string StemFor(IQuestionVocabulary v, string ending) =>
        v.DegreeStems.Keys.First(stem => !v.PreferenceWords.ContainsKey(stem + ending) && !v.DegreeStems.Keys.Any(other => other != stem && (stem + ending).StartsWith(other, StringComparison.Ordinal)));
}
