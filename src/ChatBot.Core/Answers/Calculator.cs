using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// Turns bounds computed from facts into a stated figure: picks the scale a reader expects ("17 billion",
/// not "17,000,000,000"), rounds without claiming more than is known, and keeps the qualifier the bounds allow.
/// </summary>
internal static class Calculator
{
    /// <summary>Whether two amounts can be combined at all: same unit and, for money, the same currency.</summary>
    public static bool Comparable(Amount a, Amount b) => a.Unit == b.Unit && (!a.IsMoney || a.Currency == b.Currency);

    /// <summary>A money or count result, in units of one, shown in the largest scale that keeps it at 1 or more.</summary>
    public static ComputedFigure Money(ComputationKind operation, Bounds unitBounds, Amount like, IReadOnlyList<Fact> inputs, FigurePhrases figures)
    {
        var magnitude = Math.Max(Math.Abs(unitBounds.Low ?? 0), Math.Abs(unitBounds.High ?? 0));
        var scale = magnitude >= 1e12m ? Scale.Trillion : magnitude >= 1e9m ? Scale.Billion : magnitude >= 1e6m ? Scale.Million : Scale.One;
        var scaled = Scaled(unitBounds, 1m / Amount.Multiplier(scale));
        return Figure(operation, scaled, like.Unit, like.Currency, scale, inputs, figures);
    }

    /// <summary>A percentage or a "times as large" ratio.</summary>
    public static ComputedFigure Relative(ComputationKind operation, Bounds bounds, Unit unit, IReadOnlyList<Fact> inputs, FigurePhrases figures) =>
        Figure(operation, bounds, unit, null, Scale.One, inputs, figures);

    // Multiplying by a positive factor is all scaling needs; Bounds.Times guards the sign.
    private static Bounds Scaled(Bounds bounds, decimal factor) => bounds.Times(factor);

    private static ComputedFigure Figure(ComputationKind operation, Bounds bounds, Unit unit, string? currency, Scale scale, IReadOnlyList<Fact> inputs, FigurePhrases figures)
    {
        var rounded = bounds.Rounded(Decimals(bounds));
        var changed = rounded.Low != bounds.Low || rounded.High != bounds.High;
        var min = rounded.Low ?? rounded.High ?? 0m;
        var max = rounded.High ?? rounded.Low ?? 0m;
        var amount = new Amount(min, max, unit, currency, scale, rounded.Qualifier);
        return new ComputedFigure(operation, amount, rounded, figures.Format(amount), inputs, changed);
    }

    // Whole numbers from 10 up, one decimal below: "17 billion", "20 %", "2.5 times".
    private static int Decimals(Bounds bounds)
    {
        var magnitude = Math.Max(Math.Abs(bounds.Low ?? 0), Math.Abs(bounds.High ?? 0));
        return magnitude >= 10 ? 0 : magnitude >= 1 ? 1 : 2;
    }
}
