using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using CsCheck;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// Bound arithmetic must never claim more than the inputs allow: every value the stated figures admit, combined,
/// lies within the computed bounds, and qualifiers survive ("more than" stays "more than").
/// </summary>
public class BoundsPropertyTests
{
    private static readonly Gen<Qualifier> Qualifiers = Gen.Enum<Qualifier>();

    // Stated amounts in billions, two decimals, optionally a range, with any qualifier.
    private static readonly Gen<Amount> Amounts =
        Gen.Select(Gen.Int[1, 100_000], Gen.Int[0, 5_000], Gen.Bool, Qualifiers)
            .Select(t =>
            {
                var (cents, widthCents, range, qualifier) = t;
                var min = cents / 100m;
                var max = range ? min + (widthCents / 100m) : min;
                return new Amount(min, max, Unit.Money, "USD", Scale.Billion, qualifier);
            });

    // A value the amount admits, chosen by a fraction: inside the range, above "more than", below "up to"/"almost".
    private static decimal Admitted(Amount amount, decimal fraction)
    {
        var low = amount.MinInUnits;
        var high = amount.MaxInUnits;
        return amount.Qualifier switch
        {
            Qualifier.MoreThan => low + ((fraction + 0.001m) * low),
            Qualifier.UpTo => fraction * high,
            Qualifier.Almost => high - ((fraction + 0.001m) * high * 0.05m),
            _ => low + (fraction * (high - low)),
        };
    }

    private static readonly Gen<decimal> Fractions = Gen.Int[0, 999].Select(i => i / 1000m);

    // Approximate inputs ("around", "almost") are fuzzy by what the sources mean: a result is approximate to within
    // 10 % of the inputs it came from (a difference can be small while its inputs' fuzziness is not).
    private static bool Contains(Bounds bounds, decimal value, params Amount[] inputs)
    {
        var slack = bounds.Approximate ? 0.1m * inputs.Sum(a => a.MaxInUnits) : 0m;
        return (bounds.Low is not { } low || value > low - slack || (value == low && !bounds.LowExclusive))
            && (bounds.High is not { } high || value < high + slack || (value == high && !bounds.HighExclusive));
    }

    [Fact]
    public void Subtract_AnyAdmittedValues_DifferenceLiesWithinBounds() =>
        Gen.Select(Amounts, Amounts, Fractions, Fractions).Sample(t =>
        {
            var (a, b, fa, fb) = t;
            var bounds = Bounds.Of(a) - Bounds.Of(b);
            return Contains(bounds, Admitted(a, fa) - Admitted(b, fb), a, b);
        });

    [Fact]
    public void Add_AnyAdmittedValues_SumLiesWithinBounds() =>
        Gen.Select(Amounts, Amounts, Fractions, Fractions).Sample(t =>
        {
            var (a, b, fa, fb) = t;
            return Contains(Bounds.Of(a) + Bounds.Of(b), Admitted(a, fa) + Admitted(b, fb), a, b);
        });

    [Fact]
    public void Divide_AnyAdmittedValues_QuotientLiesWithinBounds() =>
        Gen.Select(Amounts, Amounts.Where(a => a.Qualifier != Qualifier.UpTo), Fractions, Fractions).Sample(t =>
        {
            var (a, b, fa, fb) = t;
            var x = Admitted(a, fa);
            var y = Admitted(b, fb);
            return Bounds.Of(a).DividedBy(Bounds.Of(b)) is { } quotient && Contains(quotient, x / y, a with { Min = a.Min / b.Min, Max = a.Max / b.Min });
        });

    [Fact]
    public void Divide_DivisorWithoutLowerBound_IsRefused() =>
        Gen.Select(Amounts, Amounts.Select(a => a with { Qualifier = Qualifier.UpTo })).Sample(t =>
            Bounds.Of(t.Item1).DividedBy(Bounds.Of(t.Item2)) is null);

    [Fact]
    public void Rounded_AnyRangeAndPrecision_StillContainsTheUnroundedBounds() =>
        Gen.Select(Amounts.Where(a => a.IsRange), Gen.Int[0, 2]).Sample(t =>
        {
            var (a, decimals) = t;
            var bounds = Bounds.Of(a) with { Low = a.Min / 3m, High = a.Max / 3m };
            var rounded = bounds.Rounded(decimals);
            return rounded.Low <= bounds.Low && rounded.High >= bounds.High;
        });

    [Fact]
    public void Subtract_MoreThanMinusExact_StaysMoreThan() =>
        Gen.Select(Amounts, Amounts).Sample(t =>
        {
            var (a, b) = t;
            var result = Bounds.Of(a with { Qualifier = Qualifier.MoreThan }) - Bounds.Of(b with { Qualifier = Qualifier.Exact, Max = b.Min });
            return result.Qualifier == Qualifier.MoreThan && result.LowExclusive && result.Low == a.MinInUnits - b.MinInUnits;
        });

    [Fact]
    public void Subtract_AroundMinusExact_StaysAround() =>
        Gen.Select(Amounts, Amounts).Sample(t =>
        {
            var (a, b) = t;
            var result = Bounds.Of(a with { Qualifier = Qualifier.Around }) - Bounds.Of(b with { Qualifier = Qualifier.Exact });
            return result.Qualifier == Qualifier.Around;
        });

    [Fact]
    public void AnyOperation_WithPossiblyInput_IsPossibly() =>
        Gen.Select(Amounts, Amounts).Sample(t =>
        {
            var (a, b) = t;
            var possibly = Bounds.Of(a with { Qualifier = Qualifier.Possibly });
            return (possibly - Bounds.Of(b)).Qualifier == Qualifier.Possibly && (Bounds.Of(b) + possibly).Qualifier == Qualifier.Possibly;
        });

    [Fact]
    public void Subtract_RangeMinusExact_KeepsTheRangesWidth() =>
        Gen.Select(Amounts.Where(a => a.IsRange), Amounts).Sample(t =>
        {
            var (a, b) = t;
            var result = Bounds.Of(a with { Qualifier = Qualifier.Exact }) - Bounds.Of(b with { Qualifier = Qualifier.Exact, Max = b.Min });
            return result.High - result.Low == a.MaxInUnits - a.MinInUnits && result.Qualifier == Qualifier.Exact;
        });

    [Theory]
    [InlineData(100, Qualifier.MoreThan, 75, Qualifier.Exact, 25, null, Qualifier.MoreThan)]
    [InlineData(80, Qualifier.Around, 60, Qualifier.Exact, 20, 20, Qualifier.Around)]
    [InlineData(50, Qualifier.UpTo, 20, Qualifier.Exact, null, 30, Qualifier.UpTo)]
    [InlineData(109, Qualifier.Exact, 50, Qualifier.Possibly, 59, 59, Qualifier.Possibly)]
    public void Subtract_StatedExamples_CarryQualifier(int a, Qualifier qa, int b, Qualifier qb, int? low, int? high, Qualifier expected)
    {
        var result = Bounds.Of(new Amount(a, a, Unit.Money, "USD", Scale.One, qa)) - Bounds.Of(new Amount(b, b, Unit.Money, "USD", Scale.One, qb));

        Assert.Equal((decimal?)low, result.Low);
        Assert.Equal((decimal?)high, result.High);
        Assert.Equal(expected, result.Qualifier);
    }
}
