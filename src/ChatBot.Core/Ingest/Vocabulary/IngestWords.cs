using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ingest.Vocabulary;

/// <summary>
/// The ingest vocabularies of every registered language, indexed once: folded word lists for matching folded text and
/// regular-expression alternations (as written and folded, longest first, spaces matching any whitespace) for raw text.
/// Articles are read with the words of every language, as they quote each other.
/// </summary>
internal sealed class IngestWords
{
    private readonly LanguageTable<IIngestVocabulary> _vocabularies;

    public IngestWords(LanguageTable<IIngestVocabulary> vocabularies)
    {
        ArgumentNullException.ThrowIfNull(vocabularies);
        _vocabularies = vocabularies;
        var languages = vocabularies.Languages.OrderBy(l => l.Code, StringComparer.Ordinal).ToArray();
        var all = languages.Select(vocabularies.For).ToArray();
        Markers = [.. languages.Select(l => (l, vocabularies.For(l).Markers.ToFrozenSet(StringComparer.OrdinalIgnoreCase)))];
        CountedNouns = all.SelectMany(v => v.CountedNouns).GroupBy(p => TextFolding.Fold(p.Key)).ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        CountedNounPattern = Pattern(all.SelectMany(v => v.CountedNouns.Keys));
        TimesWords = Folded(all.SelectMany(v => v.TimesWords)).ToFrozenSet(StringComparer.Ordinal);
        TimesPattern = Pattern(all.SelectMany(v => v.TimesWords));
        Around = Pattern(all.SelectMany(v => v.AroundWords));
        MoreThan = Pattern(all.SelectMany(v => v.MoreThanWords));
        PrepositionalMoreThan = Folded(all.SelectMany(v => v.PrepositionalMoreThanWords)).ToFrozenSet(StringComparer.Ordinal);
        Almost = Pattern(all.SelectMany(v => v.AlmostWords));
        UpTo = Pattern(all.SelectMany(v => v.UpToWords));
        Possibly = Pattern(all.SelectMany(v => v.PossiblyWords));
        AmountFollowers = Folded(all.SelectMany(v => v.AmountFollowers)).ToFrozenSet(StringComparer.Ordinal);
        ShareArticles = Pattern(all.SelectMany(v => v.ShareArticles));
        Joint = Folded(all.SelectMany(v => v.JointWords));
        Anaphors = Folded(all.SelectMany(v => v.Anaphors));
        BackReferences = Folded(all.SelectMany(v => v.BackReferences));
        FromWords = Folded(all.SelectMany(v => v.FromWords)).ToFrozenSet(StringComparer.Ordinal);
        ComeVerbs = Folded(all.SelectMany(v => v.ComeVerbs));
        SpeakerVerbs = Folded(all.SelectMany(v => v.SpeakerVerbs)).ToFrozenSet(StringComparer.Ordinal);
        KindStems = all.SelectMany(v => v.KindStems).GroupBy(p => p.Key)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)Folded(g.SelectMany(p => p.Value)));
        GrowthWords = Folded(all.SelectMany(v => v.GrowthWords));
        FiscalYear = Pattern(all.SelectMany(v => v.FiscalYearWords));
        FiscalPrefixes = Pattern(all.SelectMany(v => v.FiscalPrefixes));
        DecadeEnd = Pattern(all.SelectMany(v => v.DecadeEndPhrases));
        Until = Pattern(all.SelectMany(v => v.UntilWords));
        EndOf = Pattern(all.SelectMany(v => v.EndOfPhrases));
        Quarter = Pattern(all.SelectMany(v => v.QuarterWords));
        QuarterPrefixes = Pattern(all.SelectMany(v => v.QuarterPrefixes));
        Half = Pattern(all.SelectMany(v => v.HalfWords));
        PartPrepositions = Pattern(all.SelectMany(v => v.PartPrepositions));
        PartYearLinks = Pattern(all.SelectMany(v => v.PartYearLinks));
        NextYears = Pattern(all.SelectMany(v => v.NextYearsPhrases));
        Years = Pattern(all.SelectMany(v => v.YearsWords));
        MonthPattern = Pattern(all.SelectMany(v => v.Months.Keys));
        Months = all.SelectMany(v => v.Months).GroupBy(p => TextFolding.Fold(p.Key)).ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        AmbiguousMonths = Folded(all.SelectMany(v => v.AmbiguousMonths)).ToFrozenSet(StringComparer.Ordinal);
        CurrentYear = Pattern(all.SelectMany(v => v.CurrentYearPhrases));
        PreviousYear = Pattern(all.SelectMany(v => v.PreviousYearPhrases));
        PeriodPrepositions = Pattern(all.SelectMany(v => v.PeriodPrepositions));
        DecadeEndLabel = new LocalizedText([.. languages.Select(l => new KeyValuePair<Language, string>(l, vocabularies.For(l).DecadeEndLabel))]);
        NextYearsLabels = [.. languages.Select(l => (l, vocabularies.For(l).NextYearsLabel))];
        UnitWordSpellings = [.. all.SelectMany(v => v.CountedNouns.Keys.Concat(v.TimesWords))
            .SelectMany(word => new[] { word.ToLowerInvariant(), TextFolding.Fold(word) })
            .Where(word => word.Length >= 2)
            .Distinct(StringComparer.Ordinal)];
    }

    public static IngestWords Default { get; } = new(IngestVocabularies.Default);

    /// <summary>Each language's marker words, in the order of their language codes.</summary>
    public IReadOnlyList<(Language Language, FrozenSet<string> Words)> Markers { get; }

    public FrozenDictionary<string, Unit> CountedNouns { get; }

    public string CountedNounPattern { get; }

    public FrozenSet<string> TimesWords { get; }

    public string TimesPattern { get; }

    public string Around { get; }

    public string MoreThan { get; }

    public FrozenSet<string> PrepositionalMoreThan { get; }

    public string Almost { get; }

    public string UpTo { get; }

    public string Possibly { get; }

    public FrozenSet<string> AmountFollowers { get; }

    public string ShareArticles { get; }

    public IReadOnlyList<string> Joint { get; }

    public IReadOnlyList<string> Anaphors { get; }

    public IReadOnlyList<string> BackReferences { get; }

    public FrozenSet<string> FromWords { get; }

    public IReadOnlyList<string> ComeVerbs { get; }

    public FrozenSet<string> SpeakerVerbs { get; }

    public FrozenDictionary<FactKind, IReadOnlyList<string>> KindStems { get; }

    public IReadOnlyList<string> GrowthWords { get; }

    public string FiscalYear { get; }

    public string FiscalPrefixes { get; }

    public string DecadeEnd { get; }

    public string Until { get; }

    public string EndOf { get; }

    public string Quarter { get; }

    public string QuarterPrefixes { get; }

    public string Half { get; }

    public string PartPrepositions { get; }

    public string PartYearLinks { get; }

    public string NextYears { get; }

    public string Years { get; }

    public string MonthPattern { get; }

    public FrozenDictionary<string, int> Months { get; }

    public FrozenSet<string> AmbiguousMonths { get; }

    public string CurrentYear { get; }

    public string PreviousYear { get; }

    public string PeriodPrepositions { get; }

    public LocalizedText DecadeEndLabel { get; }

    /// <summary>Each language's label of a number of years to come, with {0} for the number.</summary>
    public IReadOnlyList<(Language Language, string Format)> NextYearsLabels { get; }

    /// <summary>
    /// The words a sentence must contain for a pattern built from the phrases <paramref name="category"/> gives to
    /// match: the longest word of each phrase, as written and folded.
    /// </summary>
    public string[] Needs(Func<IIngestVocabulary, IEnumerable<string>> category) =>
        [.. _vocabularies.Languages.SelectMany(l => category(_vocabularies.For(l)))
            .Select(phrase => phrase.Split(' ').MaxBy(word => word.Length)!)
            .SelectMany(word => new[] { word.ToLowerInvariant(), TextFolding.Fold(word) })
            .Distinct(StringComparer.Ordinal)];

    /// <summary>Every counted noun and times word of two letters or more, as written and folded, for a quick test whether a sentence can hold a figure.</summary>
    public IReadOnlyList<string> UnitWordSpellings { get; }

    private static string[] Folded(IEnumerable<string> words) => [.. words.Select(TextFolding.Fold).Distinct(StringComparer.Ordinal)];

    private static string Pattern(IEnumerable<string> words) =>
        string.Join('|', words.SelectMany(word => new[] { word.ToLowerInvariant(), TextFolding.Fold(word) })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(word => word.Length)
            .ThenBy(word => word, StringComparer.Ordinal)
            .Select(word => Regex.Escape(word).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
}
