using ChatBot.Core.Ingest.Vocabulary;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ingest;

/// <summary>Guesses what kind of figure a sentence states from its words; moderators correct it in review.</summary>
public static class KindClassifier
{
    // The first kind whose words a sentence has wins: a deal or an estimate is told by its words before what it buys.
    private static readonly FactKind[] MoneyKinds = [FactKind.Deal, FactKind.Estimate, FactKind.Education, FactKind.DataCenters, FactKind.Capex, FactKind.Budget];

    public static FactKind Classify(Amount amount, string sentence)
    {
        ArgumentNullException.ThrowIfNull(amount);
        var folded = TextFolding.Fold(sentence);
        var stems = IngestWords.Default.KindStems;
        return amount.Unit switch
        {
            Unit.Percent => IngestWords.Default.GrowthWords.Any(word => folded.Contains(word, StringComparison.Ordinal)) ? FactKind.Growth : FactKind.Share,
            Unit.Countries or Unit.Organisations => FactKind.Reach,
            Unit.Parameters or Unit.Times => FactKind.Model,
            _ => MoneyKinds.FirstOrDefault(kind => stems.TryGetValue(kind, out var words) && words.Any(stem => folded.Contains(stem, StringComparison.Ordinal)), FactKind.Investment),
        };
    }
}
