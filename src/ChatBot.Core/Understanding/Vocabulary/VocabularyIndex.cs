using System.Collections.Frozen;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Core.Text;

namespace ChatBot.Core.Understanding.Vocabulary;

/// <summary>
/// The union of all registered vocabularies, folded and frozen once per table, for matching: a question may mix
/// languages ("Wie viel investiert Meta this year?"), and only the language detector tells the vocabularies apart.
/// </summary>
internal sealed class VocabularyIndex
{
    public VocabularyIndex(LanguageTable<IQuestionVocabulary> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        // The fallback first, then by code: where two languages give one word different meanings, the order decides.
        var languages = table.Languages.OrderBy(l => l != table.Fallback).ThenBy(l => l.Code, StringComparer.Ordinal).ToArray();
        var vocabularies = languages.Select(table.For).ToArray();
        FrozenSet<string> Words(Func<IQuestionVocabulary, IEnumerable<string>> category) =>
            vocabularies.SelectMany(category).Select(TextFolding.Fold).ToFrozenSet(StringComparer.Ordinal);
        string[][] Phrases(Func<IQuestionVocabulary, IEnumerable<string>> category) =>
            [.. vocabularies.SelectMany(category).Select(p => Tokenizer.Tokenize(TextFolding.Fold(p)).ToArray()).Where(p => p.Length > 0).Distinct(PhraseComparer.Instance)];
        FrozenDictionary<string, T> Map<T>(Func<IQuestionVocabulary, IReadOnlyDictionary<string, T>> category)
        {
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var (word, value) in vocabularies.SelectMany(category))
            {
                map.TryAdd(TextFolding.Fold(word), value);
            }

            return map.ToFrozenDictionary(StringComparer.Ordinal);
        }

        Detection = [.. languages.Select(l => new LanguageEvidence(l, table.For(l).Markers.Select(TextFolding.Fold).ToFrozenSet(StringComparer.Ordinal), table.For(l).DistinctiveLetters))];
        Fallback = table.Fallback;
        CommonWords = Words(v => v.CommonWords);
        var longest = CommonWords.Count == 0 ? 0 : CommonWords.Max(w => w.Length);
        CommonWordsByLength = [.. Enumerable.Range(0, longest + 2).Select(length => CommonWords.Where(w => w.Length == length).ToArray())];
        KnownStems = [.. vocabularies.SelectMany(v => v.KnownStems).Select(TextFolding.Fold).Distinct()];
        NonKeywords = Words(v => v.NonKeywords);
        Articles = Words(v => v.Articles);
        PossessiveMarkers = Words(v => v.PossessiveMarkers);
        OrganisationWords = Words(v => v.OrganisationWords);
        CommandWords = Map(v => v.CommandWords);
        CommandPrefixes = Words(v => v.CommandPrefixes);
        CompareCues = Words(v => v.CompareCues);
        TotalCues = Words(v => v.TotalCues);
        RankCues = Words(v => v.RankCues);
        AscendingCues = Words(v => v.AscendingCues);
        SourceCues = Words(v => v.SourceCues);
        OriginCues = Phrases(v => v.OriginCues);
        WhoWords = Words(v => v.WhoWords);
        HelpCues = Words(v => v.HelpCues);
        CapabilityCues = Phrases(v => v.CapabilityCues);
        GreetingWords = Words(v => v.GreetingWords);
        SubjectListCues = Words(v => v.SubjectListCues);
        ListQuestionWords = Words(v => v.ListQuestionWords);
        AmountWords = Words(v => v.AmountWords);
        AmountStems = [.. vocabularies.SelectMany(v => v.AmountStems).Select(TextFolding.Fold).Distinct()];
        SpendingVerbs = Words(v => v.SpendingVerbs);
        ActorCues = Words(v => v.SpendingVerbs.Concat(v.ActorMarkers));
        BaseMarkers = Words(v => v.BaseMarkers);
        OwnerMarkers = Words(v => v.OwnerMarkers);
        NameWordVariants = vocabularies.SelectMany(v => v.NameWordVariants)
            .GroupBy(p => TextFolding.Fold(p.Key), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => TextFolding.Fold(g.First().Value), StringComparer.Ordinal);
        ForeignMeasures = Phrases(v => v.ForeignMeasures);
        var nounCapitalising = vocabularies.Where(v => v.CapitalisesNouns).ToArray();
        CapitalisedCommonWords = nounCapitalising.SelectMany(v => v.CommonWords).Select(TextFolding.Fold).ToFrozenSet(StringComparer.Ordinal);
        CapitalisedKnownStems = [.. nounCapitalising.SelectMany(v => v.KnownStems).Select(TextFolding.Fold).Distinct()];
        Months = Map(v => v.Months);
        // "1. Quartal", "Quartal 1": digits are ordinals in every language.
        Ordinals = Map(v => v.Ordinals.Concat(Enumerable.Range(1, 4).Select(n => KeyValuePair.Create(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n))).ToDictionary());
        QuarterWords = Words(v => v.QuarterWords);
        HalfWords = Words(v => v.HalfWords);
        QuarterPrefixes = Words(v => v.QuarterPrefixes);
        HalfPrefixes = Words(v => v.HalfPrefixes);
        FiscalWords = Words(v => v.FiscalWords);
        FiscalPrefixes = Words(v => v.FiscalPrefixes);
        YearWords = Words(v => v.YearWords);
        RelativeYears = Map(v => v.RelativeYears);
        CurrentYearWords = Words(v => v.CurrentYearWords);
        YearBeforeWords = Words(v => v.YearBeforeWords);
        PreviousYearModifiers = Words(v => v.PreviousYearModifiers);
        YearBeforeFollowers = Words(v => v.YearBeforeFollowers);
        UntilWords = Words(v => v.UntilWords);
        ContextualUntilWords = Words(v => v.ContextualUntilWords);
        UntilFillers = Words(v => v.UntilFillers.Concat(v.EndWords));
        EndWords = Words(v => v.EndWords);
        DecadeWords = Words(v => v.DecadeWords);
        RangeWords = Words(v => v.RangeWords);
        PeriodNegations = Words(v => v.Negations);
        PeriodContrasts = Words(v => v.Contrasts.Concat(v.Restrictions).Concat(v.Alternatives));
        Negations = Words(v => v.Negations.Concat(v.Alternatives));
        Contrasts = Words(v => v.Contrasts);
        Restrictions = Words(v => v.Restrictions);
        WholeWords = Words(v => v.WholeWords);
        AndWords = Words(v => v.AndWords);
        FollowUpWords = Words(v => v.FollowUpWords);
        WhenWords = Words(v => v.WhenWords);
        WhenWordSets = Phrases(v => v.WhenWordSets);
        ScaleSuffixes = Words(v => v.ScaleSuffixes);
        AbsoluteScaleWords = Words(v => v.AbsoluteScaleWords);
        Comparatives = Words(v => v.Comparatives);
        ChangeWords = Words(v => v.ChangeWords);
        PercentWords = Words(v => v.PercentWords);
        PercentUnits = Words(v => v.PercentUnits);
        ShareWords = Words(v => v.ShareWords);
        ShareQuestionWords = Words(v => v.ShareQuestionWords);
        RemainderWords = Words(v => v.RemainderWords);
        LooseRemainderWords = Words(v => v.LooseRemainderWords);
        RemainderQuestionWords = Words(v => v.RemainderQuestionWords);
        PerYearWords = Words(v => v.PerYearWords);
        DistributiveWords = Words(v => v.DistributiveWords);
        PerYearUnits = Words(v => v.PerYearUnits);
        LoosePerYearPhrases = Phrases(v => v.LoosePerYearPhrases);
        TimePrepositions = Words(v => v.TimePrepositions);
        DifferenceWords = Words(v => v.DifferenceWords);
        HowMuchPhrases = Phrases(v => v.HowMuchPhrases);
        ByHowMuchPhrases = Phrases(v => v.ByHowMuchPhrases);
        MinusWords = Words(v => v.MinusWords);
        RatioWords = Words(v => v.RatioWords);
        RatioSuffixes = [.. vocabularies.SelectMany(v => v.RatioSuffixes).Select(TextFolding.Fold).Distinct()];
        RatioPhrases = Phrases(v => v.RatioPhrases);
        PreferenceWords = Map(v => v.PreferenceWords);
        DegreeStems = [.. Map(v => v.DegreeStems).Select(pair => (pair.Key, pair.Value)).OrderBy(pair => pair.Key, StringComparer.Ordinal)];
        AdjectiveEndings = Words(v => v.AdjectiveEndings);
    }

    /// <summary>The vocabularies of <see cref="QuestionVocabularies.Default"/>, indexed once.</summary>
    public static VocabularyIndex Default { get; } = new(QuestionVocabularies.Default);

    public IReadOnlyList<LanguageEvidence> Detection { get; }

    public Language Fallback { get; }

    public FrozenSet<string> CommonWords { get; }

    /// <summary>The common words by their length, for finding those a typo is one edit away from.</summary>
    public string[][] CommonWordsByLength { get; }

    public string[] KnownStems { get; }

    public FrozenSet<string> NonKeywords { get; }

    public FrozenSet<string> Articles { get; }

    public FrozenSet<string> PossessiveMarkers { get; }

    public FrozenSet<string> OrganisationWords { get; }

    public FrozenDictionary<string, QueryIntent> CommandWords { get; }

    public FrozenSet<string> CommandPrefixes { get; }

    public FrozenSet<string> CompareCues { get; }

    public FrozenSet<string> TotalCues { get; }

    public FrozenSet<string> RankCues { get; }

    public FrozenSet<string> AscendingCues { get; }

    public FrozenSet<string> SourceCues { get; }

    public string[][] OriginCues { get; }

    public FrozenSet<string> WhoWords { get; }

    public FrozenSet<string> HelpCues { get; }

    public string[][] CapabilityCues { get; }

    public FrozenSet<string> GreetingWords { get; }

    public FrozenSet<string> SubjectListCues { get; }

    public FrozenSet<string> ListQuestionWords { get; }

    public FrozenSet<string> AmountWords { get; }

    public string[] AmountStems { get; }

    public FrozenSet<string> SpendingVerbs { get; }

    public FrozenSet<string> ActorCues { get; }

    public FrozenSet<string> BaseMarkers { get; }

    public FrozenSet<string> OwnerMarkers { get; }

    public FrozenDictionary<string, string> NameWordVariants { get; }

    public string[][] ForeignMeasures { get; }

    /// <summary>Ordinary words of the languages that capitalise every noun: written capitalised, they are still no names.</summary>
    public FrozenSet<string> CapitalisedCommonWords { get; }

    public string[] CapitalisedKnownStems { get; }

    public FrozenDictionary<string, int> Months { get; }

    public FrozenDictionary<string, int> Ordinals { get; }

    public FrozenSet<string> QuarterWords { get; }

    public FrozenSet<string> HalfWords { get; }

    public FrozenSet<string> QuarterPrefixes { get; }

    public FrozenSet<string> HalfPrefixes { get; }

    public FrozenSet<string> FiscalWords { get; }

    public FrozenSet<string> FiscalPrefixes { get; }

    public FrozenSet<string> YearWords { get; }

    public FrozenDictionary<string, int> RelativeYears { get; }

    public FrozenSet<string> CurrentYearWords { get; }

    public FrozenSet<string> YearBeforeWords { get; }

    public FrozenSet<string> PreviousYearModifiers { get; }

    public FrozenSet<string> YearBeforeFollowers { get; }

    public FrozenSet<string> UntilWords { get; }

    public FrozenSet<string> ContextualUntilWords { get; }

    /// <summary>Until fillers and end words: what may stand between an until-word and its year.</summary>
    public FrozenSet<string> UntilFillers { get; }

    public FrozenSet<string> EndWords { get; }

    public FrozenSet<string> DecadeWords { get; }

    public FrozenSet<string> RangeWords { get; }

    /// <summary>Words that exclude a year ("nicht 2024").</summary>
    public FrozenSet<string> PeriodNegations { get; }

    /// <summary>Words that end a year's negation ("not 2024, but 2025", "rather 2025", "just 2025").</summary>
    public FrozenSet<string> PeriodContrasts { get; }

    /// <summary>Words that open a negated phrase: negations and alternatives.</summary>
    public FrozenSet<string> Negations { get; }

    public FrozenSet<string> Contrasts { get; }

    public FrozenSet<string> Restrictions { get; }

    public FrozenSet<string> WholeWords { get; }

    public FrozenSet<string> AndWords { get; }

    public FrozenSet<string> FollowUpWords { get; }

    public FrozenSet<string> WhenWords { get; }

    public string[][] WhenWordSets { get; }

    public FrozenSet<string> ScaleSuffixes { get; }

    public FrozenSet<string> AbsoluteScaleWords { get; }

    public FrozenSet<string> Comparatives { get; }

    public FrozenSet<string> ChangeWords { get; }

    public FrozenSet<string> PercentWords { get; }

    public FrozenSet<string> PercentUnits { get; }

    public FrozenSet<string> ShareWords { get; }

    public FrozenSet<string> ShareQuestionWords { get; }

    public FrozenSet<string> RemainderWords { get; }

    public FrozenSet<string> LooseRemainderWords { get; }

    public FrozenSet<string> RemainderQuestionWords { get; }

    public FrozenSet<string> PerYearWords { get; }

    public FrozenSet<string> DistributiveWords { get; }

    public FrozenSet<string> PerYearUnits { get; }

    public string[][] LoosePerYearPhrases { get; }

    public FrozenSet<string> TimePrepositions { get; }

    public FrozenSet<string> DifferenceWords { get; }

    public string[][] HowMuchPhrases { get; }

    public string[][] ByHowMuchPhrases { get; }

    public FrozenSet<string> MinusWords { get; }

    public FrozenSet<string> RatioWords { get; }

    public string[] RatioSuffixes { get; }

    public string[][] RatioPhrases { get; }

    public FrozenDictionary<string, FigurePreference> PreferenceWords { get; }

    public (string Stem, FigurePreference Preference)[] DegreeStems { get; }

    public FrozenSet<string> AdjectiveEndings { get; }

    /// <summary>Whether one of <paramref name="phrases"/> starts at <paramref name="index"/>; its length, or 0.</summary>
    public static int PhraseAt(IReadOnlyList<string> tokens, int index, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (index + phrase.Length <= tokens.Count && Matches(tokens, index, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether one of <paramref name="phrases"/> occurs anywhere in the tokens, as adjacent words.</summary>
    public static bool ContainsPhrase(IReadOnlyList<string> tokens, string[][] phrases)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (PhraseAt(tokens, i, phrases) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every word of one of <paramref name="wordSets"/> occurs somewhere in <paramref name="words"/>.</summary>
    public static bool ContainsWordSet(IReadOnlySet<string> words, string[][] wordSets)
    {
        foreach (var set in wordSets)
        {
            if (set.All(words.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the tokens is in <paramref name="words"/>; a question has fewer words than a category.</summary>
    public static bool AnyIn(IReadOnlyList<string> tokens, FrozenSet<string> words)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words.Contains(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc cref="AnyIn(IReadOnlyList{string}, FrozenSet{string})"/>
    public static bool AnyIn(HashSet<string> tokens, FrozenSet<string> words)
    {
        foreach (var token in tokens)
        {
            if (words.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="token"/> starts with one of <paramref name="stems"/>.</summary>
    public static bool StartsWithAny(string token, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (token.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(IReadOnlyList<string> tokens, int index, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[index + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    private sealed class PhraseComparer : IEqualityComparer<string[]>
    {
        public static PhraseComparer Instance { get; } = new();

        public bool Equals(string[]? x, string[]? y) => x is null ? y is null : y is not null && x.SequenceEqual(y, StringComparer.Ordinal);

        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}
