using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Answers;

/// <summary>Bound arithmetic on stated examples: each flag and bound exactly as the qualifiers demand.</summary>
public class BoundsTests
{
    [Theory]
    [InlineData(Qualifier.Exact, 2e9, 3e9, false, false, false, false)]
    [InlineData(Qualifier.Around, 2e9, 3e9, false, false, true, false)]
    [InlineData(Qualifier.Almost, 2e9, 3e9, false, true, true, false)]
    [InlineData(Qualifier.Possibly, 2e9, 3e9, false, false, false, true)]
    public void Of_BoundedQualifiers_KeepBothBoundsAndSetTheirFlags(Qualifier qualifier, double low, double high, bool lowExclusive, bool highExclusive, bool approximate, bool uncertain)
    {
        var bounds = Bounds.Of(new Amount(2, 3, Unit.Money, "USD", Scale.Billion, qualifier));

        Assert.Equal(new Bounds((decimal)low, (decimal)high, lowExclusive, highExclusive, approximate, uncertain), bounds);
    }

    [Fact]
    public void Of_MoreThan_HasAnExclusiveLowerBoundOnly()
    {
        Assert.Equal(new Bounds(5e6m, null, LowExclusive: true), Bounds.Of(new Amount(5, 5, Unit.Money, "USD", Scale.Million, Qualifier.MoreThan)));
    }

    [Fact]
    public void Of_UpTo_HasAnUpperBoundOnly()
    {
        Assert.Equal(new Bounds(null, 7000m), Bounds.Of(new Amount(7, 7, Unit.Money, "USD", Scale.Thousand, Qualifier.UpTo)));
    }

    [Fact]
    public void Of_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Bounds.Of(null!));
    }

    [Theory]
    [InlineData(5, 5, true)]
    [InlineData(5, 6, false)]
    [InlineData(null, null, false)]
    public void IsSingleValue_OnlyWhenBothBoundsAreEqual(int? low, int? high, bool expected)
    {
        Assert.Equal(expected, new Bounds(low, high).IsSingleValue);
    }

    [Theory]
    [InlineData(1, false, true)]
    [InlineData(0, true, true)]
    [InlineData(0, false, false)]
    [InlineData(-1, true, false)]
    [InlineData(null, false, false)]
    public void IsPositive_OnlyWhenTheLowerBoundLiesAboveZero(int? low, bool lowExclusive, bool expected)
    {
        Assert.Equal(expected, new Bounds(low, 10, LowExclusive: lowExclusive).IsPositive);
    }

    [Fact]
    public void Add_CombinesBoundsAndEveryFlag()
    {
        var sum = new Bounds(1, 2, LowExclusive: true, Approximate: true) + new Bounds(10, 20, HighExclusive: true, Uncertain: true);

        Assert.Equal(new Bounds(11, 22, true, true, true, true), sum);
    }

    [Fact]
    public void Negate_SwapsBoundsAndTheirExclusivity()
    {
        Assert.Equal(new Bounds(-20, -10, LowExclusive: false, HighExclusive: true, Approximate: true, Uncertain: true), -new Bounds(10, 20, LowExclusive: true, Approximate: true, Uncertain: true));
    }

    [Fact]
    public void Subtract_MoreThanMinusRange_HasOnlyAnExclusiveLowerBound()
    {
        Assert.Equal(new Bounds(100 - 65, null, LowExclusive: true), new Bounds(100, null, LowExclusive: true) - new Bounds(60, 65));
    }

    [Fact]
    public void Times_PositiveFactor_ScalesBothBoundsAndKeepsFlags()
    {
        Assert.Equal(new Bounds(20, 30, true, false, true), new Bounds(2, 3, true, false, true).Times(10));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Times_FactorNotPositive_Throws(int factor)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Bounds(2, 3).Times(factor));
    }

    [Fact]
    public void DividedBy_Exact_DividesEachBound()
    {
        Assert.Equal(new Bounds(2, 3), new Bounds(20, 30).DividedBy(new Bounds(10, 10)));
    }

    [Fact]
    public void DividedBy_Range_SmallestOverLargestAndLargestOverSmallest()
    {
        Assert.Equal(new Bounds(1, 6), new Bounds(10, 30).DividedBy(new Bounds(5, 10)));
    }

    [Fact]
    public void DividedBy_DivisorWithoutUpperBound_LowIsAnExclusiveZero()
    {
        Assert.Equal(new Bounds(0, 6, LowExclusive: true, HighExclusive: true), new Bounds(10, 30).DividedBy(new Bounds(5, null, LowExclusive: true)));
    }

    [Fact]
    public void DividedBy_DividendWithoutUpperBound_HasNoUpperBound()
    {
        Assert.Equal(new Bounds(10, null, LowExclusive: true), new Bounds(100, null, LowExclusive: true).DividedBy(new Bounds(10, 10)));
    }

    [Fact]
    public void DividedBy_DividendWithoutLowerBound_HasNoLowerBound()
    {
        Assert.Equal(new Bounds(null, 10), new Bounds(null, 100).DividedBy(new Bounds(10, 10)));
    }

    [Fact]
    public void DividedBy_ExclusiveBoundsOfTheDivisor_MakeTheOppositeBoundsExclusive()
    {
        Assert.Equal(new Bounds(2, 6, LowExclusive: true, HighExclusive: true), new Bounds(20, 30).DividedBy(new Bounds(5, 10, LowExclusive: true, HighExclusive: true)));
    }

    [Fact]
    public void DividedBy_CarriesApproximateAndUncertainFromEitherSide()
    {
        Assert.Equal(new Bounds(2, 2, Approximate: true, Uncertain: true), new Bounds(20, 20, Approximate: true).DividedBy(new Bounds(10, 10, Uncertain: true)));
        Assert.Equal(new Bounds(2, 2, Approximate: true, Uncertain: true), new Bounds(20, 20, Uncertain: true).DividedBy(new Bounds(10, 10, Approximate: true)));
    }

    [Fact]
    public void DividedBy_ExclusiveDividendBounds_StayExclusive()
    {
        Assert.Equal(new Bounds(2, 3, true, true), new Bounds(20, 30, true, true).DividedBy(new Bounds(10, 10)));
    }

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(0, 5)]
    public void DividedBy_NegativeDividendOrDivisorThatMayBeZero_IsNull(int dividendLow, int divisorLow)
    {
        var divisor = new Bounds(divisorLow, 10);
        var dividend = new Bounds(dividendLow, 10);

        Assert.Null(dividendLow < 0 ? dividend.DividedBy(divisor) : dividend.DividedBy(new Bounds(0, 10)));
    }

    [Fact]
    public void DividedBy_ZeroDividend_IsZero()
    {
        Assert.Equal(new Bounds(0, 0), new Bounds(0, 0).DividedBy(new Bounds(4, 4)));
    }

    [Theory]
    [InlineData(2.345, 2, 2.35)]
    [InlineData(2.5, 0, 3)]
    [InlineData(-2.5, 0, -3)]
    [InlineData(2.4449, 1, 2.4)]
    [InlineData(7.1234, 3, 7.123)]
    public void Rounded_SingleValue_RoundsToTheNearestAwayFromZero(double value, int decimals, double expected)
    {
        var rounded = Bounds.Exactly((decimal)value).Rounded(decimals);

        Assert.Equal(Bounds.Exactly((decimal)expected), rounded);
    }

    [Theory]
    [InlineData(1.01, 1.99, 0, 1, 2)]
    [InlineData(1.01, 1.99, 1, 1.0, 2.0)]
    [InlineData(1.011, 1.999, 2, 1.01, 2)]
    [InlineData(1.0111, 1.9999, 3, 1.011, 2)]
    [InlineData(-1.5, 1.5, 0, -2, 2)]
    public void Rounded_Range_RoundsOutwards(double low, double high, int decimals, double expectedLow, double expectedHigh)
    {
        var rounded = new Bounds((decimal)low, (decimal)high, Approximate: true).Rounded(decimals);

        Assert.Equal(new Bounds((decimal)expectedLow, (decimal)expectedHigh, Approximate: true), rounded);
    }

    [Fact]
    public void Rounded_OpenBound_StaysOpen()
    {
        Assert.Equal(new Bounds(1.2m, null, LowExclusive: true), new Bounds(1.25m, null, LowExclusive: true).Rounded(1));
        Assert.Equal(new Bounds(null, 1.3m), new Bounds(null, 1.25m).Rounded(1));
    }

    [Theory]
    [InlineData(1, 2, false, false, Qualifier.Exact)]
    [InlineData(1, 2, true, false, Qualifier.Around)]
    [InlineData(1, 2, true, true, Qualifier.Possibly)]
    [InlineData(1, null, false, false, Qualifier.MoreThan)]
    [InlineData(1, null, true, false, Qualifier.MoreThan)]
    [InlineData(null, 2, false, false, Qualifier.UpTo)]
    [InlineData(null, 2, true, false, Qualifier.UpTo)]
    [InlineData(null, null, false, false, Qualifier.Around)]
    [InlineData(null, null, false, true, Qualifier.Possibly)]
    public void Qualifier_FollowsBoundsAndFlags(int? low, int? high, bool approximate, bool uncertain, Qualifier expected)
    {
        Assert.Equal(expected, new Bounds(low, high, Approximate: approximate, Uncertain: uncertain).Qualifier);
    }
}
