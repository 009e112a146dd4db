using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Loading;

/// <summary>Every word of the knowledge-file vocabulary reads as its value, so no entry can be lost unnoticed.</summary>
public class KnowledgeVocabularyTests
{
    public static TheoryData<string, FactKind> FactKinds => new()
    {
        { "investment", FactKind.Investment }, { "capex", FactKind.Capex }, { "budget", FactKind.Budget },
        { "data_centers", FactKind.DataCenters }, { "deal", FactKind.Deal }, { "education", FactKind.Education },
        { "estimate", FactKind.Estimate }, { "growth", FactKind.Growth }, { "share", FactKind.Share },
        { "reach", FactKind.Reach }, { "model", FactKind.Model }, { "regulation", FactKind.Regulation },
        { "note", FactKind.Note },
    };

    public static TheoryData<string, SubjectKind> SubjectKinds => new()
    {
        { "company", SubjectKind.Company }, { "group", SubjectKind.Group }, { "country", SubjectKind.Country },
        { "region", SubjectKind.Region }, { "project", SubjectKind.Project }, { "market", SubjectKind.Market },
        { "event", SubjectKind.Event }, { "organisation", SubjectKind.Organisation },
    };

    public static TheoryData<string, Qualifier> Qualifiers => new()
    {
        { "exact", Qualifier.Exact }, { "around", Qualifier.Around }, { "more_than", Qualifier.MoreThan },
        { "almost", Qualifier.Almost }, { "up_to", Qualifier.UpTo }, { "possibly", Qualifier.Possibly },
    };

    public static TheoryData<string, Scale> Scales => new()
    {
        { "one", Scale.One }, { "thousand", Scale.Thousand }, { "million", Scale.Million },
        { "billion", Scale.Billion }, { "trillion", Scale.Trillion },
    };

    public static TheoryData<string, Unit> Units => new()
    {
        { "percent", Unit.Percent }, { "times", Unit.Times }, { "countries", Unit.Countries },
        { "organisations", Unit.Organisations }, { "parameters", Unit.Parameters },
    };

    public static TheoryData<string> Currencies => new() { "USD", "EUR", "GBP", "CHF", "JPY", "CNY" };

    [Theory]
    [MemberData(nameof(FactKinds))]
    public void FactKind_EveryName_ReadsAsItsKindAndIsItsName(string name, FactKind kind)
    {
        var fact = OneFact.Loaded(OneFact.LoadWith("kind: capex", $"kind: {name}"));

        Assert.Equal(kind, fact.Kind);
        Assert.Equal(name, KnowledgeVocabulary.NameOf(kind));
    }

    [Fact]
    public void FactKind_Vocabulary_NamesEveryKind()
    {
        Assert.Equal(Enum.GetValues<FactKind>().Order(), KnowledgeVocabulary.FactKinds.Values.Order());
    }

    [Theory]
    [MemberData(nameof(SubjectKinds))]
    public void SubjectKind_EveryName_ReadsAsItsKind(string name, SubjectKind kind)
    {
        var yaml = OneFact.Replace(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "    kind: company\n", $"    kind: {name}\n");

        var result = KnowledgeLoader.Load(yaml, "k.yaml");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(kind, Assert.Single(result.Knowledge!.Subjects).Kind);
    }

    [Fact]
    public void SubjectKind_Missing_IsCompany()
    {
        var yaml = OneFact.Replace(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "    kind: company\n", string.Empty);

        var result = KnowledgeLoader.Load(yaml, "k.yaml");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(SubjectKind.Company, Assert.Single(result.Knowledge!.Subjects).Kind);
    }

    [Theory]
    [MemberData(nameof(Qualifiers))]
    public void Qualifier_EveryName_ReadsAsItsQualifier(string name, Qualifier qualifier)
    {
        var fact = OneFact.Loaded(OneFact.LoadWith("qualifier: around", $"qualifier: {name}"));

        Assert.Equal(qualifier, fact.Amount!.Qualifier);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Scale_EveryName_ReadsAsItsScale(string name, Scale scale)
    {
        var fact = OneFact.Loaded(OneFact.LoadWith("scale: billion", $"scale: {name}"));

        Assert.Equal(scale, fact.Amount!.Scale);
    }

    [Theory]
    [MemberData(nameof(Units))]
    public void Unit_EveryName_ReadsAsItsUnit(string name, Unit unit)
    {
        var fact = OneFact.Loaded(OneFact.LoadWith("currency: USD", $"unit: {name}"));

        Assert.Equal(unit, fact.Amount!.Unit);
        Assert.Null(fact.Amount.Currency);
    }

    [Theory]
    [MemberData(nameof(Currencies))]
    public void Currency_EveryCode_IsAccepted(string code)
    {
        var fact = OneFact.Loaded(OneFact.LoadWith("currency: USD", $"currency: {code}"));

        Assert.Equal(code, fact.Amount!.Currency);
        Assert.Equal(Unit.Money, fact.Amount.Unit);
    }

    [Fact]
    public void Languages_AreGermanAndEnglish_BothRequired()
    {
        Assert.Equal([Language.German, Language.English], KnowledgeVocabulary.Languages);
        Assert.True(KnowledgeVocabulary.RequiredLanguages.SetEquals([Language.German, Language.English]));
    }
}
