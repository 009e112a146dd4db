using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>The English wording of computed answers.</summary>
public sealed class EnglishComputationPhrases : ComputationPhrases
{
    public override string Headline(ComputationKind operation, string subjects) => operation switch
    {
        ComputationKind.Difference => $"{subjects}: difference (computed)",
        ComputationKind.Sum => $"{subjects}: combined (computed)",
        ComputationKind.Ratio => $"{subjects}: ratio (computed)",
        ComputationKind.Share => $"{subjects}: share (computed)",
        ComputationKind.Change or ComputationKind.PercentChange => $"{subjects}: change (computed)",
        ComputationKind.PerYear => $"{subjects}: per year (computed)",
        _ => $"{subjects}: remainder (computed)",
    };

    public override string Explain(ComputationKind operation, string a, string b) => operation switch
    {
        ComputationKind.Difference or ComputationKind.Change => $"{a} minus {b}; computed by me, no source states it",
        ComputationKind.PercentChange => $"change from {b} to {a} in percent; computed by me, no source states it",
        ComputationKind.Ratio => $"{a} divided by {b}; computed by me, no source states it",
        ComputationKind.Share => $"{a} as a share of {b}; computed by me, no source states it",
        ComputationKind.Remainder => $"{b} minus {a} for the rest of the period; computed by me, no source states it",
        ComputationKind.PerYear => $"average per year: {a} spread over {b}; computed by me, no source states it",
        _ => $"sum of {a}; computed by me, no source states it",
    };

    public override string ComputedLabel => "Computed";

    public override string StatedLabel => "Stated";

    public override string Inputs => "Computed from";

    public override string MembersFigures => "The members' own figures";

    public override string Years(int years) => $"{years} years";

    public override string PerYearPeriod => "per year, average";

    public override string RestOfPeriod(string period) => $"rest of {period}";

    public override string Change(string from, string to) => $"{from} → {to}";

    public override string SumOfMembers => "sum of the members' figures";

    public override string StatedFirst => "The stated total is from the source; the sum of the members' figures is computed by me and may differ from it (other periods, other scope).";

    public override string CannotCompareCurrencies(string a, string b) => $"{a} and {b} are in different currencies; they cannot be compared without an exchange rate the sources do not give, so I do not convert them.";

    public override string CannotCompareUnits => "The figures have different units and cannot be combined.";

    public override string Missing(string subject) => $"I cannot compute that: I have no matching figure for {subject}.";

    public override string NoSpan(string figure) => $"I cannot compute a per-year value: the source does not say when the period of {figure} starts.";

    public override string Rounded => "The result is rounded (ranges outwards).";

    public override string ApproximateInputs => "At least one input is approximate (\"around\", \"almost\"), so the result is approximate too.";

    public override string Uncertain => "At least one input is only possible (\"possibly\"), so the result is too.";

    public override string Straddles => "The ranges overlap: which figure is larger is not certain.";

    public override string FiscalVsCalendar(string periods) => $"Note: the periods differ ({periods}); a fiscal year is not a calendar year, so the result is only an approximation.";

    public override string DifferentPeriods(string periods) => $"Note: the figures cover different periods ({periods}), so the calculation compares unlike periods.";
}
