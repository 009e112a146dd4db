using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Knowledge;

public class AmountTests
{
    [Theory]
    [InlineData(Scale.One, 1)]
    [InlineData(Scale.Thousand, 1e3)]
    [InlineData(Scale.Million, 1e6)]
    [InlineData(Scale.Billion, 1e9)]
    [InlineData(Scale.Trillion, 1e12)]
    public void Multiplier_EachScale_IsItsPowerOfTen(Scale scale, double expected)
    {
        Assert.Equal((decimal)expected, Amount.Multiplier(scale));
    }

    [Fact]
    public void InUnits_Range_ScalesBothEnds()
    {
        var amount = new Amount(60, 65, Unit.Money, "USD", Scale.Billion, Qualifier.Exact);

        Assert.Equal(60e9m, amount.MinInUnits);
        Assert.Equal(65e9m, amount.MaxInUnits);
        Assert.True(amount.IsRange);
        Assert.True(amount.IsMoney);
    }

    [Fact]
    public void IsRangeAndIsMoney_SinglePercentage_AreFalse()
    {
        var amount = new Amount(5, 5, Unit.Percent, null, Scale.One, Qualifier.Exact);

        Assert.False(amount.IsRange);
        Assert.False(amount.IsMoney);
    }
}
