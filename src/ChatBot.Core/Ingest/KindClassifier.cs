using ChatBot.Core.Knowledge;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ingest;

/// <summary>Guesses what kind of figure a sentence states from its words; moderators correct it in review.</summary>
public static class KindClassifier
{
    private static readonly (FactKind Kind, string[] Stems)[] MoneyKinds =
    [
        (FactKind.Deal, ["deal", "vertrag", "uebernahme", "acquisition", "contract", "agreement", "beteiligung", "stake", "kauf"]),
        (FactKind.Estimate, ["schaetz", "estimate", "prognos", "forecast", "analyst", "projected", "markt", "market"]),
        (FactKind.Education, ["bildung", "education", "schulung", "skills", "qualifizierung"]),
        (FactKind.DataCenters, ["rechenzentr", "data cent", "datacent", "data-cent"]),
        (FactKind.Capex, ["capex", "investitionsausgaben", "capital expenditure", "capital spending"]),
        (FactKind.Budget, ["budget"]),
    ];

    public static FactKind Classify(Amount amount, string sentence)
    {
        ArgumentNullException.ThrowIfNull(amount);
        var folded = TextFolding.Fold(sentence);
        return amount.Unit switch
        {
            Unit.Percent => folded.Contains("wachstum", StringComparison.Ordinal) || folded.Contains("growth", StringComparison.Ordinal)
                || folded.Contains("gewachsen", StringComparison.Ordinal) || folded.Contains("grew", StringComparison.Ordinal) ? FactKind.Growth : FactKind.Share,
            Unit.Countries or Unit.Organisations => FactKind.Reach,
            Unit.Parameters or Unit.Times => FactKind.Model,
            _ => MoneyKinds.FirstOrDefault(k => k.Stems.Any(stem => folded.Contains(stem, StringComparison.Ordinal))) is { Stems: not null } hit
                ? hit.Kind
                : FactKind.Investment,
        };
    }
}
