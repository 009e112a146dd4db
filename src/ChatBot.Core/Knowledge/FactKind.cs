namespace ChatBot.Core.Knowledge;

/// <summary>What kind of figure a fact states. Only spending kinds take part in rankings and comparisons.</summary>
public enum FactKind
{
    Investment,
    Capex,
    Budget,
    DataCenters,
    Deal,
    Education,
    Estimate,
    Growth,
    Share,
    Reach,
    Model,
    Regulation,
    Note,
}
