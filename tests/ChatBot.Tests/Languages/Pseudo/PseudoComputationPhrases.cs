using ChatBot.Core.Answers;
using ChatBot.Core.Understanding;

namespace ChatBot.Tests.Languages.Pseudo;

/// <summary>The pseudo-language's ComputationPhrases: every phrase marked, its text arguments left outside the marks.</summary>
internal sealed class PseudoComputationPhrases : ComputationPhrases
{
    public override string Headline(ComputationKind operation, string subjects) => PseudoText.Mark("Headline", operation, subjects);

    public override string Explain(ComputationKind operation, string a, string b) => PseudoText.Mark("Explain", operation, a, b);

    public override string ComputedLabel => PseudoText.Mark("ComputedLabel");

    public override string StatedLabel => PseudoText.Mark("StatedLabel");

    public override string Inputs => PseudoText.Mark("Inputs");

    public override string MembersFigures => PseudoText.Mark("MembersFigures");

    public override string Years(int years) => PseudoText.Mark("Years", years);

    public override string PerYearPeriod => PseudoText.Mark("PerYearPeriod");

    public override string RestOfPeriod(string period) => PseudoText.Mark("RestOfPeriod", period);

    public override string Change(string from, string to) => PseudoText.Mark("Change", from, to);

    public override string SumOfMembers => PseudoText.Mark("SumOfMembers");

    public override string StatedFirst => PseudoText.Mark("StatedFirst");

    public override string CannotCompareCurrencies(string a, string b) => PseudoText.Mark("CannotCompareCurrencies", a, b);

    public override string CannotCompareUnits => PseudoText.Mark("CannotCompareUnits");

    public override string Missing(string subject) => PseudoText.Mark("Missing", subject);

    public override string NoSpan(string figure) => PseudoText.Mark("NoSpan", figure);

    public override string Rounded => PseudoText.Mark("Rounded");

    public override string ApproximateInputs => PseudoText.Mark("ApproximateInputs");

    public override string Uncertain => PseudoText.Mark("Uncertain");

    public override string Straddles => PseudoText.Mark("Straddles");

    public override string FiscalVsCalendar(string periods) => PseudoText.Mark("FiscalVsCalendar", periods);

    public override string DifferentPeriods(string periods) => PseudoText.Mark("DifferentPeriods", periods);
}
