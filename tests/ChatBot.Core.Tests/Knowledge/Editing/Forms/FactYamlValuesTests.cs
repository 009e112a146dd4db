using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing.Forms;
using ChatBot.Core.Tests.Knowledge.Loading;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Editing.Forms;

public class FactYamlValuesTests
{
    [Theory]
    [InlineData(null, "null")]
    [InlineData("", "\"\"")]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\path", "\"C:\\\\path\"")]
    [InlineData("\\\"", "\"\\\\\\\"\"")]
    [InlineData("a: b # c\n- id: x", "\"a: b # c\n- id: x\"")]
    public void Text_Value_IsOneDoubleQuotedScalar(string? value, string expected)
    {
        Assert.Equal(expected, FactYamlValues.Text(value));
    }

    public static TheoryData<Amount, string> Amounts => new()
    {
        { new Amount(12, 12, Unit.Money, "USD", Scale.Billion, Qualifier.Around), "{ value: 12, currency: USD, scale: billion, qualifier: around }" },
        { new Amount(10, 12.5m, Unit.Money, "EUR", Scale.One, Qualifier.Exact), "{ min: 10, max: 12.5, currency: EUR }" },
        { new Amount(39, 39, Unit.Percent, null, Scale.One, Qualifier.MoreThan), "{ value: 39, unit: percent, qualifier: more_than }" },
        { new Amount(3, 3, Unit.Times, null, Scale.Thousand, Qualifier.UpTo), "{ value: 3, unit: times, scale: thousand, qualifier: up_to }" },
        { new Amount(1.000m, 1.000m, Unit.Money, null, Scale.Trillion, Qualifier.Almost), "{ value: 1, currency: null, scale: trillion, qualifier: almost }" },
        { new Amount(0.25m, 0.25m, Unit.Parameters, null, Scale.Million, Qualifier.Possibly), "{ value: 0.25, unit: parameters, scale: million, qualifier: possibly }" },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Amount_EveryPart_IsWrittenAsTheLoaderReadsIt(Amount amount, string expected)
    {
        Assert.Equal(expected, FactYamlValues.Amount(amount));
    }

    public static TheoryData<Period, string?> Periods => new()
    {
        { new Period(PeriodKind.Year, 2025), "{ year: 2025 }" },
        { new Period(PeriodKind.FiscalYear, 2026), "{ fiscal_year: 2026 }" },
        { new Period(PeriodKind.Quarter, 2025, 2), "{ year: 2025, quarter: 2 }" },
        { new Period(PeriodKind.Half, 2025, 1), "{ year: 2025, half: 1 }" },
        { new Period(PeriodKind.Month, 2025, 3), "{ month: 2025-03 }" },
        { new Period(PeriodKind.Month, 2025, 11), "{ month: 2025-11 }" },
        { new Period(PeriodKind.Until, ToYear: 2030), "{ until: 2030 }" },
        { new Period(PeriodKind.Until, ToYear: 2030, Label: TestFacts.Text("bis \"2030\"", "by 2030")), "{ until: 2030, label: { de: \"bis \\\"2030\\\"\", en: \"by 2030\" } }" },
        { new Period(PeriodKind.NextYears, FromYear: 2025, ToYear: 2028, Years: 4), "{ years: 4, from: 2025 }" },
        { new Period(PeriodKind.NextYears, Years: 4), "{ years: 4 }" },
        { new Period(PeriodKind.NextYears, Years: 5, Label: TestFacts.Text("in fünf Jahren", "in five years")), "{ years: 5, label: { de: \"in fünf Jahren\", en: \"in five years\" } }" },
        { new Period(PeriodKind.CurrentYear), "{ current_year: true }" },
        { Period.Unspecified, null },
        { new Period(PeriodKind.Range, FromYear: 2025, ToYear: 2028), null },
        { new Period(PeriodKind.Date, 2025, Date: new DateOnly(2025, 3, 14)), null },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void Period_EachKind_IsWrittenAsTheLoaderReadsIt(Period period, string? expected)
    {
        Assert.Equal(expected, FactYamlValues.Period(period));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Period_Written_LoadsBackAsTheSamePeriod(Period period, string? yaml)
    {
        if (yaml is null)
        {
            return;
        }

        var loaded = OneFact.Loaded(OneFact.LoadWith("{ year: 2025 }", yaml)).Period;

        Assert.Equal(period.Kind, loaded.Kind);
        Assert.Equal(FactYamlValues.Period(period), FactYamlValues.Period(loaded));
    }

    [Fact]
    public void Statement_EveryLanguage_IsOneQuotedLine()
    {
        var statement = TestFacts.Text("Acme: „rund“ 12 Mrd.", "Acme: \"around\" $12bn");

        Assert.Equal("statement:\n  de: \"Acme: „rund“ 12 Mrd.\"\n  en: \"Acme: \\\"around\\\" $12bn\"\n", FactYamlValues.Statement(statement));
    }

    [Fact]
    public void Kinds_AreEveryKindInAlphabeticalOrder()
    {
        Assert.Equal(
            ["budget", "capex", "data_centers", "deal", "education", "estimate", "growth", "investment", "model", "note", "reach", "regulation", "share"],
            FactYamlValues.Kinds);
        Assert.Equal(FactYamlValues.Kinds, FactFormReader.Kinds);
    }

    [Theory]
    [InlineData("capex", FactKind.Capex)]
    [InlineData(" Data_Centers ", FactKind.DataCenters)]
    [InlineData("NOTE", FactKind.Note)]
    public void TryKind_NameInAnyCaseOrSpacing_IsTheKind(string name, FactKind expected)
    {
        Assert.True(FactYamlValues.TryKind(name, out var kind));
        Assert.Equal(expected, kind);
        Assert.Equal(KnowledgeVocabularyName(expected), FactYamlValues.Kind(kind));
    }

    [Theory]
    [InlineData("data-centers")]
    [InlineData("")]
    [InlineData("capexx")]
    public void TryKind_UnknownName_IsFalse(string name)
    {
        Assert.False(FactYamlValues.TryKind(name, out _));
    }

    private static string KnowledgeVocabularyName(FactKind kind) => ChatBot.Core.Knowledge.Loading.KnowledgeVocabulary.NameOf(kind);
}
