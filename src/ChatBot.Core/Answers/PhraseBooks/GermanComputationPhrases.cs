using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>The German wording of computed answers.</summary>
public sealed class GermanComputationPhrases : ComputationPhrases
{
    public override string Headline(ComputationKind operation, string subjects) => operation switch
    {
        ComputationKind.Difference => $"{subjects}: Differenz (errechnet)",
        ComputationKind.Sum => $"{subjects}: zusammen (errechnet)",
        ComputationKind.Ratio => $"{subjects}: Verhältnis (errechnet)",
        ComputationKind.Share => $"{subjects}: Anteil (errechnet)",
        ComputationKind.Change or ComputationKind.PercentChange => $"{subjects}: Veränderung (errechnet)",
        ComputationKind.PerYear => $"{subjects}: pro Jahr (errechnet)",
        _ => $"{subjects}: Rest (errechnet)",
    };

    public override string Explain(ComputationKind operation, string a, string b) => operation switch
    {
        ComputationKind.Difference or ComputationKind.Change => $"{a} minus {b}; von mir errechnet, steht so in keiner Quelle",
        ComputationKind.PercentChange => $"Veränderung von {b} auf {a} in Prozent; von mir errechnet, steht so in keiner Quelle",
        ComputationKind.Ratio => $"{a} geteilt durch {b}; von mir errechnet, steht so in keiner Quelle",
        ComputationKind.Share => $"Anteil von {a} an {b}; von mir errechnet, steht so in keiner Quelle",
        ComputationKind.Remainder => $"{b} minus {a} für den Rest des Zeitraums; von mir errechnet, steht so in keiner Quelle",
        ComputationKind.PerYear => $"Durchschnitt pro Jahr: {a} verteilt auf {b}; von mir errechnet, steht so in keiner Quelle",
        _ => $"Summe aus {a}; von mir errechnet, steht so in keiner Quelle",
    };

    public override string ComputedLabel => "Errechnet";

    public override string StatedLabel => "Angegeben";

    public override string Inputs => "Grundlage der Rechnung";

    public override string MembersFigures => "Zahlen der einzelnen Mitglieder";

    public override string Years(int years) => $"{years} Jahre";

    public override string PerYearPeriod => "pro Jahr, Durchschnitt";

    public override string RestOfPeriod(string period) => $"Rest von {period}";

    public override string Change(string from, string to) => $"{from} → {to}";

    public override string SumOfMembers => "Summe der Einzelzahlen";

    public override string StatedFirst => "Die angegebene Gesamtzahl steht in der Quelle; die Summe der Einzelzahlen ist von mir errechnet und kann davon abweichen (andere Zeiträume, andere Abgrenzung).";

    public override string CannotCompareCurrencies(string a, string b) => $"{a} und {b} sind in unterschiedlichen Währungen angegeben; ohne einen Wechselkurs, den die Quellen nicht nennen, lassen sie sich nicht verrechnen. Ich rechne nicht um.";

    public override string CannotCompareUnits => "Die Zahlen haben unterschiedliche Einheiten und lassen sich nicht verrechnen.";

    public override string Missing(string subject) => $"Das lässt sich nicht errechnen: Zu {subject} habe ich keine passende Zahl.";

    public override string NoSpan(string figure) => $"Einen Wert pro Jahr kann ich nicht errechnen: Für {figure} nennt die Quelle nicht, ab wann der Zeitraum läuft.";

    public override string Rounded => "Das Ergebnis ist gerundet (Spannen nach außen).";

    public override string ApproximateInputs => "Mindestens eine Ausgangszahl ist ungefähr („rund“, „fast“); das Ergebnis ist es also auch.";

    public override string Uncertain => "Mindestens eine Ausgangszahl ist nur möglich („möglicherweise“); das Ergebnis also auch.";

    public override string Straddles => "Die Spannen überschneiden sich: Welche Zahl größer ist, steht nicht fest.";

    public override string FiscalVsCalendar(string periods) => $"Achtung: Die Zeiträume unterscheiden sich ({periods}); ein Geschäftsjahr ist kein Kalenderjahr, die Rechnung ist daher nur eine Näherung.";

    public override string DifferentPeriods(string periods) => $"Achtung: Die Zahlen betreffen unterschiedliche Zeiträume ({periods}); die Rechnung vergleicht also Ungleiches.";
}
