namespace ChatBot.Core.Knowledge;

/// <summary>
/// A figure as the article states it: a single value (Min == Max) or a range, in a scale and unit,
/// with the article's qualifier kept.
/// </summary>
public sealed record Amount(decimal Min, decimal Max, Unit Unit, string? Currency, Scale Scale, Qualifier Qualifier)
{
    public bool IsRange => Min != Max;

    public bool IsMoney => Unit == Unit.Money;

    /// <summary>The upper value in units of one (e.g. USD), for ordering figures of the same currency.</summary>
    public decimal MaxInUnits => Max * Multiplier(Scale);

    public decimal MinInUnits => Min * Multiplier(Scale);

    public static decimal Multiplier(Scale scale) => scale switch
    {
        Scale.Thousand => 1e3m,
        Scale.Million => 1e6m,
        Scale.Billion => 1e9m,
        Scale.Trillion => 1e12m,
        _ => 1m,
    };
}
