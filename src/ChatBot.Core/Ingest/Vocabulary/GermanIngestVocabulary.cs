using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest.Vocabulary;

/// <summary>The German words the ingest extractor reads around figures.</summary>
public sealed class GermanIngestVocabulary : IIngestVocabulary
{
    public IReadOnlyList<string> Markers { get; } =
        ["der", "die", "das", "und", "ist", "nicht", "mit", "für", "den", "von", "zu", "im", "auf", "eine", "sich", "des", "dem", "auch"];

    public IReadOnlyDictionary<string, Unit> CountedNouns { get; } = new Dictionary<string, Unit>
    {
        ["Ländern"] = Unit.Countries, ["Länder"] = Unit.Countries, ["Staaten"] = Unit.Countries,
        ["Organisationen"] = Unit.Organisations, ["Unternehmen"] = Unit.Organisations, ["Firmen"] = Unit.Organisations,
        ["Parametern"] = Unit.Parameters, ["Parameter"] = Unit.Parameters,
    };

    public IReadOnlyList<string> TimesWords { get; } = ["x"];

    public IReadOnlyList<string> AroundWords { get; } = ["rund", "etwa", "ca.", "circa", "ungefähr", "schätzungsweise"];

    public IReadOnlyList<string> MoreThanWords { get; } = ["mehr als", "über"];

    public IReadOnlyList<string> PrepositionalMoreThanWords { get; } = ["über"];

    public IReadOnlyList<string> AlmostWords { get; } = ["fast", "knapp", "beinahe", "nahezu"];

    public IReadOnlyList<string> UpToWords { get; } = ["bis zu"];

    public IReadOnlyList<string> PossiblyWords { get; } = ["möglicherweise", "eventuell"];

    public IReadOnlyList<string> AmountFollowers { get; } = ["für", "in", "bis", "und", "zu", "an", "auf", "investieren"];

    public IReadOnlyList<string> ShareArticles { get; } = ["die"];

    public IReadOnlyList<string> JointWords { get; } = ["gemeinsam", "zusammen", "Konsortium", "Gemeinschaftsunternehmen"];

    public IReadOnlyList<string> Anaphors { get; } = ["das Unternehmen", "der Konzern", "die Firma", "der Tech Konzern", "der Techkonzern", "er"];

    public IReadOnlyList<string> BackReferences { get; } = ["dieser Summe", "dieser Ausgaben", "dieses Betrags", "dieser Investitionen", "davon"];

    public IReadOnlyList<string> FromWords { get; } = ["von", "vom", "aus"];

    public IReadOnlyList<string> ComeVerbs { get; } = ["stamm", "kommen", "kommt", "fließen", "fließt"];

    public IReadOnlyList<string> SpeakerVerbs { get; } = ["schätzt", "schätzen", "prognostiziert", "erwartet", "rechnet"];

    public IReadOnlyDictionary<FactKind, IReadOnlyList<string>> KindStems { get; } = new Dictionary<FactKind, IReadOnlyList<string>>
    {
        [FactKind.Deal] = ["deal", "vertrag", "übernahme", "beteiligung", "kauf"],
        [FactKind.Estimate] = ["schätz", "prognos", "analyst", "markt"],
        [FactKind.Education] = ["bildung", "schulung", "qualifizierung"],
        [FactKind.DataCenters] = ["rechenzentr"],
        [FactKind.Capex] = ["capex", "investitionsausgaben"],
        [FactKind.Budget] = ["budget"],
    };

    public IReadOnlyList<string> GrowthWords { get; } = ["wachstum", "gewachsen"];

    public IReadOnlyList<string> FiscalYearWords { get; } = ["Geschäftsjahr", "Geschäftsjahres", "Fiskaljahr", "Fiskaljahres"];

    public IReadOnlyList<string> FiscalPrefixes { get; } = [];

    public IReadOnlyList<string> DecadeEndPhrases { get; } = ["bis zum Ende des Jahrzehnts"];

    public string DecadeEndLabel => "bis zum Ende des Jahrzehnts";

    public IReadOnlyList<string> UntilWords { get; } = ["bis"];

    public IReadOnlyList<string> EndOfPhrases { get; } = ["zum Ende", "Ende"];

    public IReadOnlyList<string> QuarterWords { get; } = ["Quartal"];

    public IReadOnlyList<string> QuarterPrefixes { get; } = [];

    public IReadOnlyList<string> HalfWords { get; } = ["Halbjahr"];

    public IReadOnlyList<string> PartPrepositions { get; } = ["im"];

    public IReadOnlyList<string> PartYearLinks { get; } = [];

    public IReadOnlyList<string> NextYearsPhrases { get; } = ["in den nächsten"];

    public IReadOnlyList<string> YearsWords { get; } = ["Jahren"];

    public string NextYearsLabel => "in den nächsten {0} Jahren";

    public IReadOnlyDictionary<string, int> Months { get; } = new Dictionary<string, int>
    {
        ["Januar"] = 1, ["Februar"] = 2, ["März"] = 3, ["April"] = 4, ["Mai"] = 5, ["Juni"] = 6, ["Juli"] = 7, ["August"] = 8,
        ["September"] = 9, ["Oktober"] = 10, ["November"] = 11, ["Dezember"] = 12,
    };

    public IReadOnlyList<string> AmbiguousMonths { get; } = ["Mai"];

    public IReadOnlyList<string> CurrentYearPhrases { get; } = ["in diesem Jahr", "diesem Jahr", "dieses Jahr", "im laufenden Jahr"];

    public IReadOnlyList<string> PreviousYearPhrases { get; } = ["im Vorjahr", "im vergangenen Jahr"];

    public IReadOnlyList<string> PeriodPrepositions { get; } = ["im", "in", "für"];
}
