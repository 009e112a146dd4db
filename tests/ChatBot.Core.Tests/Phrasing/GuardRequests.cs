using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;

namespace ChatBot.Core.Tests.Phrasing;

/// <summary>Phrasing requests built in code, for guard and prompt tests on facts of their own.</summary>
internal static class GuardRequests
{
    public static PhrasingRequest Of(Language language, params PhrasingFact[] facts) => new("How much?", language, facts, "F1");

    public static PhrasingFact Fact(string key, string statement, Amount? amount = null, Period? period = null, int sourceNumber = 1) =>
        new(key, $"fact-{key}", statement, amount is null ? null : "the figure", "the period", "Example Times", sourceNumber, amount, period ?? Period.Unspecified);

    public static Amount Money(decimal min, decimal? max = null, string? currency = "USD", Scale scale = Scale.Billion) =>
        new(min, max ?? min, Unit.Money, currency, scale, Qualifier.Exact);

    public static Amount Percent(decimal value) => new(value, value, Unit.Percent, null, Scale.One, Qualifier.Exact);
}
