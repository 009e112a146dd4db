namespace ChatBot.Core.Understanding;

/// <summary>
/// Reads from a question's folded tokens which calculation it asks for, and which figures it prefers by size or
/// order. Cues are word families, not phrasings: "how many times", "wievielfache", "x-mal so groß" all ask for a ratio.
/// </summary>
internal static class ComputationCues
{
    private static readonly HashSet<string> Comparatives =
    [
        "more", "less", "fewer", "bigger", "larger", "higher", "greater", "smaller", "lower", "mehr", "weniger",
        "groesser", "groessere", "groesseren", "hoeher", "hoehere", "hoeheren", "kleiner", "kleinere", "niedriger",
    ];

    private static readonly HashSet<string> ChangeVerbs =
    [
        "steigt", "steigen", "stieg", "gestiegen", "waechst", "wachsen", "wuchs", "gewachsen", "erhoeht", "erhoehen",
        "erhoehte", "zulegen", "legt", "sinkt", "sinken", "gesunken", "veraendert", "veraenderung", "zuwachs", "anstieg",
        "wachstum", "steigerung", "grow", "grows", "grew", "growth", "increase", "increases", "increased", "rise",
        "rises", "rose", "jump", "jumps", "change", "changes", "changed", "drop", "drops", "fall", "falls", "up", "gain",
    ];

    private static readonly HashSet<string> PercentWords = ["prozent", "percent", "percentage", "prozentual", "rate", "share", "anteil", "pct"];

    private static readonly HashSet<string> ShareWords =
    [
        "anteil", "anteils", "share", "proportion", "fraction", "percentage", "prozentsatz", "quote",
    ];

    private static readonly HashSet<string> RemainderWords =
    [
        "rest", "restliche", "restlichen", "restlicher", "restliches", "restbudget", "uebrig", "uebrige", "uebrigen", "verbleibt", "verbleiben",
        "verbleibende", "verbleibenden", "remaining", "remainder", "left", "remain", "remains",
    ];

    private static readonly HashSet<string> PerYearWords =
    [
        "jaehrlich", "annually", "annualised", "annualized", "jahresdurchschnitt",
        "durchschnittlich", "average", "averages", "schnitt", "durchschnitt", "mittel",
    ];

    private static readonly HashSet<string> DifferenceWords =
    [
        "difference", "unterschied", "differenz", "gap", "abstand", "luecke", "differ", "differs", "auseinander",
    ];

    public static ComputationKind? Detect(IReadOnlyList<string> tokens, bool comparesSeveral, bool namesPart)
    {
        var set = new HashSet<string>(tokens, StringComparer.Ordinal);
        if (IsRatio(tokens, set))
        {
            return ComputationKind.Ratio;
        }

        if (IsPerYear(tokens, set))
        {
            return ComputationKind.PerYear;
        }

        // "left" is a remainder only in "what is left", not in "left the partnership".
        if (set.Any(t => t != "left" && RemainderWords.Contains(t)) || (set.Contains("left") && (set.Contains("what") || set.Contains("how"))))
        {
            return ComputationKind.Remainder;
        }

        var asksHowMuch = AsksHowMuch(tokens);
        var percent = set.Overlaps(PercentWords) || tokens.Contains("%");
        if (set.Overlaps(ChangeVerbs) && comparesSeveral)
        {
            return percent && !set.Contains("milliarden") && !set.Contains("billion") ? ComputationKind.PercentChange : ComputationKind.Change;
        }

        // "Wie viel Prozent mehr als im Vorjahr?", "how many percent more than Meta?": a relative change, not a share.
        if (percent && comparesSeveral && set.Overlaps(Comparatives) && !set.Overlaps(ShareWords))
        {
            return ComputationKind.PercentChange;
        }

        if (set.Overlaps(ShareWords) && (namesPart || set.Contains("welcher") || set.Contains("welchen") || set.Contains("what") || set.Contains("which") || set.Contains("wie") || set.Contains("how")))
        {
            return ComputationKind.Share;
        }

        if (set.Contains("prozent") || set.Contains("percent") || set.Contains("percentage") || tokens.Contains("%"))
        {
            return ComputationKind.Share;
        }

        if (set.Overlaps(DifferenceWords) || (asksHowMuch && set.Overlaps(Comparatives)) || ByHowMuch(tokens) || (set.Contains("minus") && comparesSeveral))
        {
            return ComputationKind.Difference;
        }

        return null;
    }

    /// <summary>Size or order words outside period phrases ("the bigger deal", "the earlier one").</summary>
    public static FigurePreference? Preference(IReadOnlyList<string> tokens, bool[] consumed)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (consumed[i])
            {
                continue;
            }

            FigurePreference? preference = GermanDegree(tokens[i]) ?? tokens[i] switch
            {
                "bigger" or "biggest" or "larger" or "largest" or "higher" or "highest" or "groessere" or "groesseren"
                    or "groesserer" or "groesste" or "groessten" or "hoehere" or "hoeheren" or "hoechste" or "hoechsten" => FigurePreference.Largest,
                "smaller" or "smallest" or "lower" or "lowest" or "kleinere" or "kleineren" or "kleinste" or "kleinsten" => FigurePreference.Smallest,
                "later" or "latest" or "newer" or "newest" or "second" or "spaetere" or "spaeteren" or "juengste" or "juengsten"
                    or "neuere" or "neueren" or "neueste" or "neuesten" or "zweite" or "zweiten" or "zweiter" or "letzte" or "recent" or "juengere" => FigurePreference.Latest,
                "earlier" or "earliest" or "first" or "older" or "oldest" or "fruehere" or "frueheren" or "erste" or "ersten" or "erster" or "erstes"
                    or "aeltere" or "aelteren" or "aelteste" => FigurePreference.Earliest,
                _ => null,
            };
            if (preference is not null)
            {
                return preference;
            }
        }

        return null;
    }

    // German comparatives and superlatives are inflected ("kleinerer", "größeres", "spätesten"); the bare
    // predicative comparative ("größer als") compares and picks nothing, so an ending is required.
    private static readonly (string Stem, FigurePreference Preference)[] GermanDegreeStems =
    [
        ("groesser", FigurePreference.Largest), ("groesst", FigurePreference.Largest), ("hoeher", FigurePreference.Largest),
        ("hoechst", FigurePreference.Largest), ("kleiner", FigurePreference.Smallest), ("kleinst", FigurePreference.Smallest),
        ("niedriger", FigurePreference.Smallest), ("niedrigst", FigurePreference.Smallest), ("spaeter", FigurePreference.Latest),
        ("spaetest", FigurePreference.Latest), ("juenger", FigurePreference.Latest), ("juengst", FigurePreference.Latest),
        ("neuer", FigurePreference.Latest), ("neuest", FigurePreference.Latest), ("frueher", FigurePreference.Earliest),
        ("fruehest", FigurePreference.Earliest), ("aelter", FigurePreference.Earliest), ("aeltest", FigurePreference.Earliest),
    ];

    private static readonly string[] AdjectiveEndings = ["e", "en", "er", "em", "es"];

    private static FigurePreference? GermanDegree(string token)
    {
        foreach (var (stem, preference) in GermanDegreeStems)
        {
            if (token.Length > stem.Length && token.StartsWith(stem, StringComparison.Ordinal) && AdjectiveEndings.Contains(token[stem.Length..]))
            {
                return preference;
            }
        }

        return null;
    }

    // "how much more", "wie viel mehr", "um wie viel".
    private static bool AsksHowMuch(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if ((tokens[i] == "how" && tokens[i + 1] is "much" or "many") || (tokens[i] == "wie" && tokens[i + 1] is "viel" or "viele") || tokens[i] is "wieviel" or "wieviele")
            {
                return true;
            }
        }

        return false;
    }

    // "by how much", "um wie viel", "um wieviel".
    private static bool ByHowMuch(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if ((tokens[i] == "by" && tokens[i + 1] == "how" && tokens[i + 2] == "much") || (tokens[i] == "um" && tokens[i + 1] == "wie" && tokens[i + 2] is "viel" or "viele"))
            {
                return true;
            }
        }

        return tokens.Contains("um") && tokens.Contains("wieviel");
    }

    private static bool IsRatio(IReadOnlyList<string> tokens, HashSet<string> set)
    {
        if (set.Contains("wievielfache") || set.Contains("vielfache") || set.Contains("wievielmal") || set.Contains("ratio") || set.Contains("verhaeltnis")
            || set.Contains("faktor") || set.Contains("factor") || set.Contains("divided") || set.Contains("geteilt")
            || tokens.Any(t => t.EndsWith("fache", StringComparison.Ordinal) && t.Length > 5))
        {
            return true;
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if ((tokens[i] is "many" && tokens[i + 1] is "times") || (tokens[i] is "viel" or "wieviel" && tokens[i + 1] == "mal"))
            {
                return true;
            }
        }

        return false;
    }

    // "pro Jahr", "per year", "a year", "each year", "im Schnitt".
    private static bool IsPerYear(IReadOnlyList<string> tokens, HashSet<string> set)
    {
        if (set.Overlaps(PerYearWords))
        {
            return true;
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] is "pro" or "per" or "each" or "every" or "je" && tokens[i + 1] is "jahr" or "year" or "annum")
            {
                return true;
            }

            if (tokens[i] == "a" && tokens[i + 1] == "year" && (i + 2 >= tokens.Count || !tokens[i + 2].All(char.IsDigit)) && i > 0 && tokens[i - 1] != "in")
            {
                return true;
            }
        }

        return false;
    }
}
