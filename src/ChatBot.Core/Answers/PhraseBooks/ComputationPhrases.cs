using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>The fixed wording of computed answers in one language. Figures come in as formatted text only.</summary>
public abstract class ComputationPhrases
{
    /// <summary>The headline of a computed answer ("Amazon: difference (computed)").</summary>
    public abstract string Headline(ComputationKind operation, string subjects);

    /// <summary>How a computed figure was computed from its inputs <paramref name="a"/> and <paramref name="b"/>.</summary>
    public abstract string Explain(ComputationKind operation, string a, string b);

    public abstract string ComputedLabel { get; }

    public abstract string StatedLabel { get; }

    public abstract string Inputs { get; }

    public abstract string MembersFigures { get; }

    public abstract string Years(int years);

    public abstract string PerYearPeriod { get; }

    public abstract string RestOfPeriod(string period);

    public abstract string Change(string from, string to);

    public abstract string SumOfMembers { get; }

    public abstract string StatedFirst { get; }

    public abstract string CannotCompareCurrencies(string a, string b);

    public abstract string CannotCompareUnits { get; }

    public abstract string Missing(string subject);

    public abstract string NoSpan(string figure);

    public abstract string Rounded { get; }

    public abstract string ApproximateInputs { get; }

    public abstract string Uncertain { get; }

    public abstract string Straddles { get; }

    public abstract string FiscalVsCalendar(string periods);

    public abstract string DifferentPeriods(string periods);
}
