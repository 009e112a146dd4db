using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>The fixed wording of computed answers, per language. Figures come in as formatted text only.</summary>
internal sealed class ComputationPhrases
{
    public static readonly ComputationPhrases German = new(Language.German);
    public static readonly ComputationPhrases English = new(Language.English);

    private readonly bool _de;

    private ComputationPhrases(Language language) => _de = language == Language.German;

    public static ComputationPhrases For(Language language) => language == Language.German ? German : English;

    public string ComputedLabel => _de ? "Errechnet" : "Computed";

    public string StatedLabel => _de ? "Angegeben" : "Stated";

    public string Inputs => _de ? "Grundlage der Rechnung" : "Computed from";

    public string MembersFigures => _de ? "Zahlen der einzelnen Mitglieder" : "The members' own figures";

    public string Headline(ComputationKind operation, string subjects) => (operation, _de) switch
    {
        (ComputationKind.Difference, true) => $"{subjects}: Differenz (errechnet)",
        (ComputationKind.Difference, false) => $"{subjects}: difference (computed)",
        (ComputationKind.Sum, true) => $"{subjects}: zusammen (errechnet)",
        (ComputationKind.Sum, false) => $"{subjects}: combined (computed)",
        (ComputationKind.Ratio, true) => $"{subjects}: Verhältnis (errechnet)",
        (ComputationKind.Ratio, false) => $"{subjects}: ratio (computed)",
        (ComputationKind.Share, true) => $"{subjects}: Anteil (errechnet)",
        (ComputationKind.Share, false) => $"{subjects}: share (computed)",
        (ComputationKind.Change or ComputationKind.PercentChange, true) => $"{subjects}: Veränderung (errechnet)",
        (ComputationKind.Change or ComputationKind.PercentChange, false) => $"{subjects}: change (computed)",
        (ComputationKind.PerYear, true) => $"{subjects}: pro Jahr (errechnet)",
        (ComputationKind.PerYear, false) => $"{subjects}: per year (computed)",
        (_, true) => $"{subjects}: Rest (errechnet)",
        (_, false) => $"{subjects}: remainder (computed)",
    };

    public string Explain(ComputationKind operation, string a, string b) => (operation, _de) switch
    {
        (ComputationKind.Difference or ComputationKind.Change, true) => $"{a} minus {b}; von mir errechnet, steht so in keiner Quelle",
        (ComputationKind.Difference or ComputationKind.Change, false) => $"{a} minus {b}; computed by me, no source states it",
        (ComputationKind.PercentChange, true) => $"Veränderung von {b} auf {a} in Prozent; von mir errechnet, steht so in keiner Quelle",
        (ComputationKind.PercentChange, false) => $"change from {b} to {a} in percent; computed by me, no source states it",
        (ComputationKind.Ratio, true) => $"{a} geteilt durch {b}; von mir errechnet, steht so in keiner Quelle",
        (ComputationKind.Ratio, false) => $"{a} divided by {b}; computed by me, no source states it",
        (ComputationKind.Share, true) => $"Anteil von {a} an {b}; von mir errechnet, steht so in keiner Quelle",
        (ComputationKind.Share, false) => $"{a} as a share of {b}; computed by me, no source states it",
        (ComputationKind.Remainder, true) => $"{b} minus {a} für den Rest des Zeitraums; von mir errechnet, steht so in keiner Quelle",
        (ComputationKind.Remainder, false) => $"{b} minus {a} for the rest of the period; computed by me, no source states it",
        (ComputationKind.PerYear, true) => $"Durchschnitt pro Jahr: {a} verteilt auf {b}; von mir errechnet, steht so in keiner Quelle",
        (ComputationKind.PerYear, false) => $"average per year: {a} spread over {b}; computed by me, no source states it",
        (_, true) => $"Summe aus {a}; von mir errechnet, steht so in keiner Quelle",
        (_, false) => $"sum of {a}; computed by me, no source states it",
    };

    public string Years(int years) => _de ? $"{years} Jahre" : $"{years} years";

    public string PerYearPeriod => _de ? "pro Jahr, Durchschnitt" : "per year, average";

    public string RestOfPeriod(string period) => _de ? $"Rest von {period}" : $"rest of {period}";

    public string Change(string from, string to) => _de ? $"{from} → {to}" : $"{from} → {to}";

    public string SumOfMembers => _de ? "Summe der Einzelzahlen" : "sum of the members' figures";

    public string StatedFirst => _de
        ? "Die angegebene Gesamtzahl steht in der Quelle; die Summe der Einzelzahlen ist von mir errechnet und kann davon abweichen (andere Zeiträume, andere Abgrenzung)."
        : "The stated total is from the source; the sum of the members' figures is computed by me and may differ from it (other periods, other scope).";

    public string CannotCompareCurrencies(string a, string b) => _de
        ? $"{a} und {b} sind in unterschiedlichen Währungen angegeben; ohne einen Wechselkurs, den die Quellen nicht nennen, lassen sie sich nicht verrechnen. Ich rechne nicht um."
        : $"{a} and {b} are in different currencies; they cannot be compared without an exchange rate the sources do not give, so I do not convert them.";

    public string CannotCompareUnits => _de
        ? "Die Zahlen haben unterschiedliche Einheiten und lassen sich nicht verrechnen."
        : "The figures have different units and cannot be combined.";

    public string Missing(string subject) => _de
        ? $"Das lässt sich nicht errechnen: Zu {subject} habe ich keine passende Zahl."
        : $"I cannot compute that: I have no matching figure for {subject}.";

    public string NoSpan(string figure) => _de
        ? $"Einen Wert pro Jahr kann ich nicht errechnen: Für {figure} nennt die Quelle nicht, ab wann der Zeitraum läuft."
        : $"I cannot compute a per-year value: the source does not say when the period of {figure} starts.";

    public string Rounded => _de ? "Das Ergebnis ist gerundet (Spannen nach außen)." : "The result is rounded (ranges outwards).";

    public string ApproximateInputs => _de
        ? "Mindestens eine Ausgangszahl ist ungefähr („rund“, „fast“); das Ergebnis ist es also auch."
        : "At least one input is approximate (\"around\", \"almost\"), so the result is approximate too.";

    public string Uncertain => _de
        ? "Mindestens eine Ausgangszahl ist nur möglich („möglicherweise“); das Ergebnis also auch."
        : "At least one input is only possible (\"possibly\"), so the result is too.";

    public string Straddles => _de
        ? "Die Spannen überschneiden sich: Welche Zahl größer ist, steht nicht fest."
        : "The ranges overlap: which figure is larger is not certain.";

    public string FiscalVsCalendar(string periods) => _de
        ? $"Achtung: Die Zeiträume unterscheiden sich ({periods}); ein Geschäftsjahr ist kein Kalenderjahr, die Rechnung ist daher nur eine Näherung."
        : $"Note: the periods differ ({periods}); a fiscal year is not a calendar year, so the result is only an approximation.";

    public string DifferentPeriods(string periods) => _de
        ? $"Achtung: Die Zahlen betreffen unterschiedliche Zeiträume ({periods}); die Rechnung vergleicht also Ungleiches."
        : $"Note: the figures cover different periods ({periods}), so the calculation compares unlike periods.";
}
