namespace ChatBot.Core.Phrasing;

/// <summary>The guard's decision on a reply: accepted when <see cref="Violations"/> is empty.</summary>
public sealed record GuardVerdict(IReadOnlyList<string> Violations, IReadOnlyList<string> CitedKeys)
{
    public bool Accepted => Violations.Count == 0;
}
