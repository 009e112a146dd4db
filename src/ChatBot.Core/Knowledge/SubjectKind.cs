namespace ChatBot.Core.Knowledge;

/// <summary>What a subject is; rankings and comparisons only put like with like.</summary>
public enum SubjectKind
{
    Company,
    Group,
    Country,
    Region,
    Project,
    Market,
    Event,
    Organisation,
}
