using System.Collections.Frozen;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>The words a knowledge file may use for enumerated values.</summary>
internal static class KnowledgeVocabulary
{
    /// <summary>The languages a knowledge file may write texts in (<c>name</c>, <c>statement</c>, <c>label</c>): add a language here.</summary>
    public static readonly IReadOnlyList<Language> Languages = [Language.German, Language.English];

    /// <summary>The languages every text must have, for now German and English: answers and indexes expect both.</summary>
    public static readonly FrozenSet<Language> RequiredLanguages = FrozenSet.ToFrozenSet([Language.German, Language.English]);

    public static readonly FrozenSet<string> Currencies = FrozenSet.ToFrozenSet(["USD", "EUR", "GBP", "CHF", "JPY", "CNY"], StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, FactKind> FactKinds = new Dictionary<string, FactKind>
    {
        ["investment"] = FactKind.Investment,
        ["capex"] = FactKind.Capex,
        ["budget"] = FactKind.Budget,
        ["data_centers"] = FactKind.DataCenters,
        ["deal"] = FactKind.Deal,
        ["education"] = FactKind.Education,
        ["estimate"] = FactKind.Estimate,
        ["growth"] = FactKind.Growth,
        ["share"] = FactKind.Share,
        ["reach"] = FactKind.Reach,
        ["model"] = FactKind.Model,
        ["regulation"] = FactKind.Regulation,
        ["note"] = FactKind.Note,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The word a knowledge file uses for a fact kind.</summary>
    public static string NameOf(FactKind kind) => FactKinds.First(pair => pair.Value == kind).Key;

    public static readonly FrozenDictionary<string, SubjectKind> SubjectKinds = new Dictionary<string, SubjectKind>
    {
        ["company"] = SubjectKind.Company,
        ["group"] = SubjectKind.Group,
        ["country"] = SubjectKind.Country,
        ["region"] = SubjectKind.Region,
        ["project"] = SubjectKind.Project,
        ["market"] = SubjectKind.Market,
        ["event"] = SubjectKind.Event,
        ["organisation"] = SubjectKind.Organisation,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, Qualifier> Qualifiers = new Dictionary<string, Qualifier>
    {
        ["exact"] = Qualifier.Exact,
        ["around"] = Qualifier.Around,
        ["more_than"] = Qualifier.MoreThan,
        ["almost"] = Qualifier.Almost,
        ["up_to"] = Qualifier.UpTo,
        ["possibly"] = Qualifier.Possibly,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, Scale> Scales = new Dictionary<string, Scale>
    {
        ["one"] = Scale.One,
        ["thousand"] = Scale.Thousand,
        ["million"] = Scale.Million,
        ["billion"] = Scale.Billion,
        ["trillion"] = Scale.Trillion,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, Unit> Units = new Dictionary<string, Unit>
    {
        ["percent"] = Unit.Percent,
        ["times"] = Unit.Times,
        ["countries"] = Unit.Countries,
        ["organisations"] = Unit.Organisations,
        ["parameters"] = Unit.Parameters,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
