using ChatBot.Core.Understanding;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Tests.Understanding.Vocabulary;

/// <summary>
/// A vocabulary built in a test: empty by default (a pseudo-language), or a copy of a real one with some categories
/// replaced, so one category's entries can be tested without another category covering for them.
/// </summary>
internal sealed record TestVocabulary : IQuestionVocabulary
{
    public IReadOnlyList<string> Markers { get; init; } = [];

    public string DistinctiveLetters { get; init; } = string.Empty;

    public IReadOnlyList<string> CommonWords { get; init; } = [];

    public IReadOnlyList<string> KnownStems { get; init; } = [];

    public IReadOnlyList<string> NonKeywords { get; init; } = [];

    public IReadOnlyList<string> Articles { get; init; } = [];

    public IReadOnlyList<string> PossessiveMarkers { get; init; } = [];

    public IReadOnlyList<string> OrganisationWords { get; init; } = [];

    public IReadOnlyDictionary<string, QueryIntent> CommandWords { get; init; } = new Dictionary<string, QueryIntent>();

    public IReadOnlyList<string> CommandPrefixes { get; init; } = [];

    public IReadOnlyList<string> CompareCues { get; init; } = [];

    public IReadOnlyList<string> TotalCues { get; init; } = [];

    public IReadOnlyList<string> RankCues { get; init; } = [];

    public IReadOnlyList<string> AscendingCues { get; init; } = [];

    public IReadOnlyList<string> SourceCues { get; init; } = [];

    public IReadOnlyList<string> OriginCues { get; init; } = [];

    public IReadOnlyList<string> WhoWords { get; init; } = [];

    public IReadOnlyList<string> HelpCues { get; init; } = [];

    public IReadOnlyList<string> CapabilityCues { get; init; } = [];

    public IReadOnlyList<string> GreetingWords { get; init; } = [];

    public IReadOnlyList<string> SubjectListCues { get; init; } = [];

    public IReadOnlyList<string> ListQuestionWords { get; init; } = [];

    public IReadOnlyList<string> AmountWords { get; init; } = [];

    public IReadOnlyList<string> AmountStems { get; init; } = [];

    public IReadOnlyList<string> SpendingVerbs { get; init; } = [];

    public IReadOnlyList<string> ActorMarkers { get; init; } = [];

    public IReadOnlyList<string> BaseMarkers { get; init; } = [];

    public IReadOnlyList<string> OwnerMarkers { get; init; } = [];

    public IReadOnlyDictionary<string, string> NameWordVariants { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> ForeignMeasures { get; init; } = [];

    public bool CapitalisesNouns { get; init; }

    public IReadOnlyDictionary<string, int> Months { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> Ordinals { get; init; } = new Dictionary<string, int>();

    public IReadOnlyList<string> QuarterWords { get; init; } = [];

    public IReadOnlyList<string> HalfWords { get; init; } = [];

    public IReadOnlyList<string> QuarterPrefixes { get; init; } = [];

    public IReadOnlyList<string> HalfPrefixes { get; init; } = [];

    public IReadOnlyList<string> FiscalWords { get; init; } = [];

    public IReadOnlyList<string> FiscalPrefixes { get; init; } = [];

    public IReadOnlyList<string> YearWords { get; init; } = [];

    public IReadOnlyDictionary<string, int> RelativeYears { get; init; } = new Dictionary<string, int>();

    public IReadOnlyList<string> CurrentYearWords { get; init; } = [];

    public IReadOnlyList<string> YearBeforeWords { get; init; } = [];

    public IReadOnlyList<string> PreviousYearModifiers { get; init; } = [];

    public IReadOnlyList<string> YearBeforeFollowers { get; init; } = [];

    public IReadOnlyList<string> UntilWords { get; init; } = [];

    public IReadOnlyList<string> ContextualUntilWords { get; init; } = [];

    public IReadOnlyList<string> UntilFillers { get; init; } = [];

    public IReadOnlyList<string> EndWords { get; init; } = [];

    public IReadOnlyList<string> DecadeWords { get; init; } = [];

    public IReadOnlyList<string> RangeWords { get; init; } = [];

    public IReadOnlyList<string> Negations { get; init; } = [];

    public IReadOnlyList<string> Alternatives { get; init; } = [];

    public IReadOnlyList<string> Contrasts { get; init; } = [];

    public IReadOnlyList<string> Restrictions { get; init; } = [];

    public IReadOnlyList<string> WholeWords { get; init; } = [];

    public IReadOnlyList<string> AndWords { get; init; } = [];

    public IReadOnlyList<string> FollowUpWords { get; init; } = [];

    public IReadOnlyList<string> WhenWords { get; init; } = [];

    public IReadOnlyList<string> WhenWordSets { get; init; } = [];

    public IReadOnlyList<string> ScaleSuffixes { get; init; } = [];

    public IReadOnlyList<string> AbsoluteScaleWords { get; init; } = [];

    public IReadOnlyList<string> Comparatives { get; init; } = [];

    public IReadOnlyList<string> ChangeWords { get; init; } = [];

    public IReadOnlyList<string> PercentWords { get; init; } = [];

    public IReadOnlyList<string> PercentUnits { get; init; } = [];

    public IReadOnlyList<string> ShareWords { get; init; } = [];

    public IReadOnlyList<string> ShareQuestionWords { get; init; } = [];

    public IReadOnlyList<string> RemainderWords { get; init; } = [];

    public IReadOnlyList<string> LooseRemainderWords { get; init; } = [];

    public IReadOnlyList<string> RemainderQuestionWords { get; init; } = [];

    public IReadOnlyList<string> PerYearWords { get; init; } = [];

    public IReadOnlyList<string> DistributiveWords { get; init; } = [];

    public IReadOnlyList<string> PerYearUnits { get; init; } = [];

    public IReadOnlyList<string> LoosePerYearPhrases { get; init; } = [];

    public IReadOnlyList<string> TimePrepositions { get; init; } = [];

    public IReadOnlyList<string> DifferenceWords { get; init; } = [];

    public IReadOnlyList<string> HowMuchPhrases { get; init; } = [];

    public IReadOnlyList<string> ByHowMuchPhrases { get; init; } = [];

    public IReadOnlyList<string> MinusWords { get; init; } = [];

    public IReadOnlyList<string> RatioWords { get; init; } = [];

    public IReadOnlyList<string> RatioSuffixes { get; init; } = [];

    public IReadOnlyList<string> RatioPhrases { get; init; } = [];

    public IReadOnlyDictionary<string, FigurePreference> PreferenceWords { get; init; } = new Dictionary<string, FigurePreference>();

    public IReadOnlyDictionary<string, FigurePreference> DegreeStems { get; init; } = new Dictionary<string, FigurePreference>();

    public IReadOnlyList<string> AdjectiveEndings { get; init; } = [];

    public static TestVocabulary From(IQuestionVocabulary source) => new()
    {
        Markers = source.Markers,
        DistinctiveLetters = source.DistinctiveLetters,
        CommonWords = source.CommonWords,
        KnownStems = source.KnownStems,
        NonKeywords = source.NonKeywords,
        Articles = source.Articles,
        PossessiveMarkers = source.PossessiveMarkers,
        OrganisationWords = source.OrganisationWords,
        CommandWords = source.CommandWords,
        CommandPrefixes = source.CommandPrefixes,
        CompareCues = source.CompareCues,
        TotalCues = source.TotalCues,
        RankCues = source.RankCues,
        AscendingCues = source.AscendingCues,
        SourceCues = source.SourceCues,
        OriginCues = source.OriginCues,
        WhoWords = source.WhoWords,
        HelpCues = source.HelpCues,
        CapabilityCues = source.CapabilityCues,
        GreetingWords = source.GreetingWords,
        SubjectListCues = source.SubjectListCues,
        ListQuestionWords = source.ListQuestionWords,
        AmountWords = source.AmountWords,
        AmountStems = source.AmountStems,
        SpendingVerbs = source.SpendingVerbs,
        ActorMarkers = source.ActorMarkers,
        BaseMarkers = source.BaseMarkers,
        OwnerMarkers = source.OwnerMarkers,
        NameWordVariants = source.NameWordVariants,
        ForeignMeasures = source.ForeignMeasures,
        CapitalisesNouns = source.CapitalisesNouns,
        Months = source.Months,
        Ordinals = source.Ordinals,
        QuarterWords = source.QuarterWords,
        HalfWords = source.HalfWords,
        QuarterPrefixes = source.QuarterPrefixes,
        HalfPrefixes = source.HalfPrefixes,
        FiscalWords = source.FiscalWords,
        FiscalPrefixes = source.FiscalPrefixes,
        YearWords = source.YearWords,
        RelativeYears = source.RelativeYears,
        CurrentYearWords = source.CurrentYearWords,
        YearBeforeWords = source.YearBeforeWords,
        PreviousYearModifiers = source.PreviousYearModifiers,
        YearBeforeFollowers = source.YearBeforeFollowers,
        UntilWords = source.UntilWords,
        ContextualUntilWords = source.ContextualUntilWords,
        UntilFillers = source.UntilFillers,
        EndWords = source.EndWords,
        DecadeWords = source.DecadeWords,
        RangeWords = source.RangeWords,
        Negations = source.Negations,
        Alternatives = source.Alternatives,
        Contrasts = source.Contrasts,
        Restrictions = source.Restrictions,
        WholeWords = source.WholeWords,
        AndWords = source.AndWords,
        FollowUpWords = source.FollowUpWords,
        WhenWords = source.WhenWords,
        WhenWordSets = source.WhenWordSets,
        ScaleSuffixes = source.ScaleSuffixes,
        AbsoluteScaleWords = source.AbsoluteScaleWords,
        Comparatives = source.Comparatives,
        ChangeWords = source.ChangeWords,
        PercentWords = source.PercentWords,
        PercentUnits = source.PercentUnits,
        ShareWords = source.ShareWords,
        ShareQuestionWords = source.ShareQuestionWords,
        RemainderWords = source.RemainderWords,
        LooseRemainderWords = source.LooseRemainderWords,
        RemainderQuestionWords = source.RemainderQuestionWords,
        PerYearWords = source.PerYearWords,
        DistributiveWords = source.DistributiveWords,
        PerYearUnits = source.PerYearUnits,
        LoosePerYearPhrases = source.LoosePerYearPhrases,
        TimePrepositions = source.TimePrepositions,
        DifferenceWords = source.DifferenceWords,
        HowMuchPhrases = source.HowMuchPhrases,
        ByHowMuchPhrases = source.ByHowMuchPhrases,
        MinusWords = source.MinusWords,
        RatioWords = source.RatioWords,
        RatioSuffixes = source.RatioSuffixes,
        RatioPhrases = source.RatioPhrases,
        PreferenceWords = source.PreferenceWords,
        DegreeStems = source.DegreeStems,
        AdjectiveEndings = source.AdjectiveEndings,
    };

    /// <summary>This vocabulary with <paramref name="entry"/> deleted from <paramref name="category"/>.</summary>
    public TestVocabulary Without(string category, string entry)
    {
        var property = typeof(TestVocabulary).GetProperty(category) ?? throw new ArgumentException($"No category {category}.", nameof(category));
        object rest = property.GetValue(this) switch
        {
            string letters => letters.Replace(entry, string.Empty, StringComparison.Ordinal),
            bool => false,
            IReadOnlyList<string> words => words.Where(w => w != entry).ToList(),
            IReadOnlyDictionary<string, int> map => map.Where(p => p.Key != entry).ToDictionary(),
            IReadOnlyDictionary<string, string> map => map.Where(p => p.Key != entry).ToDictionary(),
            IReadOnlyDictionary<string, QueryIntent> map => map.Where(p => p.Key != entry).ToDictionary(),
            IReadOnlyDictionary<string, FigurePreference> map => map.Where(p => p.Key != entry).ToDictionary(),
            var other => throw new NotSupportedException(other?.GetType().Name),
        };
        var copy = this with { };
        property.SetValue(copy, rest);
        return copy;
    }
}
