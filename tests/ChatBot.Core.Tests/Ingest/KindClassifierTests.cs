using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

public sealed class KindClassifierTests
{
    private static readonly Amount Money = new(5, 5, Unit.Money, "EUR", Scale.Billion, Qualifier.Exact);

    public static TheoryData<string, FactKind> MoneyWords => new()
    {
        { "Der Deal wurde unterzeichnet.", FactKind.Deal },
        { "Der Vertrag wurde unterzeichnet.", FactKind.Deal },
        { "Die Übernahme ist abgeschlossen.", FactKind.Deal },
        { "The acquisition closed.", FactKind.Deal },
        { "The contract was signed.", FactKind.Deal },
        { "The agreement was signed.", FactKind.Deal },
        { "Die Beteiligung wächst.", FactKind.Deal },
        { "The stake grows.", FactKind.Deal },
        { "Der Kauf ist perfekt.", FactKind.Deal },
        { "Experten schätzen den Wert.", FactKind.Estimate },
        { "An estimate of the value.", FactKind.Estimate },
        { "Die Prognose ist gut.", FactKind.Estimate },
        { "The forecast is good.", FactKind.Estimate },
        { "An analyst said so.", FactKind.Estimate },
        { "The projected value.", FactKind.Estimate },
        { "Der Markt wächst.", FactKind.Estimate },
        { "The market grows.", FactKind.Estimate },
        { "Für Bildung ausgegeben.", FactKind.Education },
        { "Spent on education.", FactKind.Education },
        { "Für Schulungen ausgegeben.", FactKind.Education },
        { "Spent on skills.", FactKind.Education },
        { "Für Qualifizierung ausgegeben.", FactKind.Education },
        { "Für Rechenzentren ausgegeben.", FactKind.DataCenters },
        { "Spent on data centres.", FactKind.DataCenters },
        { "Spent on datacenters.", FactKind.DataCenters },
        { "Spent on data-centers.", FactKind.DataCenters },
        { "The capex rises.", FactKind.Capex },
        { "Die Investitionsausgaben steigen.", FactKind.Capex },
        { "Its capital expenditure rises.", FactKind.Capex },
        { "Its capital spending rises.", FactKind.Capex },
        { "Das Budget steigt.", FactKind.Budget },
        { "Zentix investiert viel.", FactKind.Investment },
        // The first kind in the list wins: a deal about data centres is a deal.
        { "The deal covers data centres.", FactKind.Deal },
        { "Das Budget für Bildung.", FactKind.Education },
    };

    [Theory]
    [MemberData(nameof(MoneyWords))]
    public void Classify_MoneyInASentence_KindFromItsWords(string sentence, FactKind expected)
    {
        Assert.Equal(expected, KindClassifier.Classify(Money, sentence));
    }

    [Theory]
    [InlineData("Das Wachstum lag bei 5 %.", FactKind.Growth)]
    [InlineData("Growth was 5%.", FactKind.Growth)]
    [InlineData("Der Umsatz ist um 5 % gewachsen.", FactKind.Growth)]
    [InlineData("Revenue grew 5%.", FactKind.Growth)]
    [InlineData("5 % der Budgets gehen in KI.", FactKind.Share)]
    public void Classify_Percentage_GrowthOrShare(string sentence, FactKind expected)
    {
        Assert.Equal(expected, KindClassifier.Classify(new Amount(5, 5, Unit.Percent, null, Scale.One, Qualifier.Exact), sentence));
    }

    [Theory]
    [InlineData(Unit.Countries, FactKind.Reach)]
    [InlineData(Unit.Organisations, FactKind.Reach)]
    [InlineData(Unit.Parameters, FactKind.Model)]
    [InlineData(Unit.Times, FactKind.Model)]
    public void Classify_Count_KindFromItsUnitNotItsWords(Unit unit, FactKind expected)
    {
        Assert.Equal(expected, KindClassifier.Classify(new Amount(30, 30, unit, null, Scale.One, Qualifier.Exact), "The deal covers the market and growth."));
    }
}
