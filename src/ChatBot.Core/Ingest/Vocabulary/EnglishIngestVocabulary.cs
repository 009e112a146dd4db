using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest.Vocabulary;

/// <summary>The English words the ingest extractor reads around figures.</summary>
public sealed class EnglishIngestVocabulary : IIngestVocabulary
{
    public IReadOnlyList<string> Markers { get; } =
        ["the", "and", "of", "to", "is", "for", "with", "that", "on", "as", "by", "are", "was", "its", "it", "be", "has", "this"];

    public IReadOnlyDictionary<string, Unit> CountedNouns { get; } = new Dictionary<string, Unit>
    {
        ["countries"] = Unit.Countries, ["nations"] = Unit.Countries, ["companies"] = Unit.Organisations,
        ["organisations"] = Unit.Organisations, ["organizations"] = Unit.Organisations, ["parameters"] = Unit.Parameters,
    };

    public IReadOnlyList<string> TimesWords { get; } = ["times", "x"];

    public IReadOnlyList<string> AroundWords { get; } = ["around", "about", "roughly", "approximately", "some"];

    public IReadOnlyList<string> MoreThanWords { get; } = ["more than", "over", "upwards of", "in excess of"];

    public IReadOnlyList<string> PrepositionalMoreThanWords { get; } = [];

    public IReadOnlyList<string> AlmostWords { get; } = ["nearly", "almost", "close to"];

    public IReadOnlyList<string> UpToWords { get; } = ["up to", "as much as"];

    public IReadOnlyList<string> PossiblyWords { get; } = ["possibly", "potentially"];

    public IReadOnlyList<string> AmountFollowers { get; } = ["for", "into", "to", "and", "on", "by", "invest"];

    public IReadOnlyList<string> ShareArticles { get; } = ["the"];

    public IReadOnlyList<string> JointWords { get; } = ["joint", "jointly", "together", "consortium"];

    public IReadOnlyList<string> Anaphors { get; } = ["the company", "the firm", "the tech giant", "the group", "he", "she"];

    public IReadOnlyList<string> BackReferences { get; } = ["this sum", "this amount", "of this", "of that", "of which", "this spending", "these investments"];

    public IReadOnlyList<string> FromWords { get; } = ["from"];

    public IReadOnlyList<string> ComeVerbs { get; } = ["come from", "comes from", "coming from", "flow from", "flows from", "provided by"];

    public IReadOnlyList<string> SpeakerVerbs { get; } = ["estimates", "estimated", "expects", "forecasts", "predicts", "projects"];

    public IReadOnlyDictionary<FactKind, IReadOnlyList<string>> KindStems { get; } = new Dictionary<FactKind, IReadOnlyList<string>>
    {
        [FactKind.Deal] = ["acquisition", "contract", "agreement", "stake"],
        [FactKind.Estimate] = ["estimate", "forecast", "projected", "market"],
        [FactKind.Education] = ["education", "skills"],
        [FactKind.DataCenters] = ["data cent", "datacent", "data-cent"],
        [FactKind.Capex] = ["capital expenditure", "capital spending"],
        [FactKind.Budget] = [],
    };

    public IReadOnlyList<string> GrowthWords { get; } = ["growth", "grew"];

    public IReadOnlyList<string> FiscalYearWords { get; } = ["fiscal year", "fiscal"];

    public IReadOnlyList<string> FiscalPrefixes { get; } = ["FY"];

    public IReadOnlyList<string> DecadeEndPhrases { get; } = ["by the end of the decade"];

    public string DecadeEndLabel => "by the end of the decade";

    public IReadOnlyList<string> UntilWords { get; } = ["by", "until", "through"];

    public IReadOnlyList<string> EndOfPhrases { get; } = ["the end of", "end of"];

    public IReadOnlyList<string> QuarterWords { get; } = ["quarter"];

    public IReadOnlyList<string> QuarterPrefixes { get; } = ["Q"];

    public IReadOnlyList<string> HalfWords { get; } = ["half"];

    public IReadOnlyList<string> PartPrepositions { get; } = ["in the"];

    public IReadOnlyList<string> PartYearLinks { get; } = ["of"];

    public IReadOnlyList<string> NextYearsPhrases { get; } = ["in the next", "over the next"];

    public IReadOnlyList<string> YearsWords { get; } = ["years"];

    public string NextYearsLabel => "over the next {0} years";

    public IReadOnlyDictionary<string, int> Months { get; } = new Dictionary<string, int>
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6, ["July"] = 7, ["August"] = 8,
        ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12,
    };

    public IReadOnlyList<string> AmbiguousMonths { get; } = ["May"];

    public IReadOnlyList<string> CurrentYearPhrases { get; } = ["this year"];

    public IReadOnlyList<string> PreviousYearPhrases { get; } = ["last year"];

    public IReadOnlyList<string> PeriodPrepositions { get; } = ["in", "for"];
}
