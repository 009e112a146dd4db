using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Reads from a question's folded tokens which calculation it asks for, and which figures it prefers by size or
/// order. Cues are word families, not phrasings: "how many times", "wievielfache", "x-mal so groß" all ask for a ratio.
/// </summary>
internal static class ComputationCues
{
    public static ComputationKind? Detect(IReadOnlyList<string> tokens, bool comparesSeveral, bool namesPart, VocabularyIndex words)
    {
        if (IsRatio(tokens, words))
        {
            return ComputationKind.Ratio;
        }

        if (IsPerYear(tokens, words))
        {
            return ComputationKind.PerYear;
        }

        // "left" is a remainder only in "what is left", not in "left the partnership".
        if (VocabularyIndex.AnyIn(tokens, words.RemainderWords) || (VocabularyIndex.AnyIn(tokens, words.LooseRemainderWords) && VocabularyIndex.AnyIn(tokens, words.RemainderQuestionWords)))
        {
            return ComputationKind.Remainder;
        }

        var percent = VocabularyIndex.AnyIn(tokens, words.PercentWords);
        if (HasChangeWord(tokens, words) && comparesSeveral)
        {
            return percent && !VocabularyIndex.AnyIn(tokens, words.AbsoluteScaleWords) ? ComputationKind.PercentChange : ComputationKind.Change;
        }

        // "Wie viel Prozent mehr als im Vorjahr?", "how many percent more than Meta?", "um wie viel Prozent liegt 2025
        // über 2024?": a relative change, not a share.
        var byHowMuch = VocabularyIndex.ContainsPhrase(tokens, words.ByHowMuchPhrases);
        if (percent && comparesSeveral && (VocabularyIndex.AnyIn(tokens, words.Comparatives) || byHowMuch) && !VocabularyIndex.AnyIn(tokens, words.ShareWords))
        {
            return ComputationKind.PercentChange;
        }

        if (VocabularyIndex.AnyIn(tokens, words.ShareWords) && (namesPart || VocabularyIndex.AnyIn(tokens, words.ShareQuestionWords)))
        {
            return ComputationKind.Share;
        }

        if (VocabularyIndex.AnyIn(tokens, words.PercentUnits))
        {
            return ComputationKind.Share;
        }

        var asksHowMuch = VocabularyIndex.ContainsPhrase(tokens, words.HowMuchPhrases);
        if (VocabularyIndex.AnyIn(tokens, words.DifferenceWords) || (asksHowMuch && VocabularyIndex.AnyIn(tokens, words.Comparatives))
            || byHowMuch || (VocabularyIndex.AnyIn(tokens, words.MinusWords) && comparesSeveral))
        {
            return ComputationKind.Difference;
        }

        return null;
    }

    /// <summary>Size or order words outside period phrases ("the bigger deal", "the earlier one").</summary>
    public static FigurePreference? Preference(IReadOnlyList<string> tokens, bool[] consumed, VocabularyIndex words)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!consumed[i] && PreferenceOf(tokens[i], words) is { } preference)
            {
                return preference;
            }
        }

        return null;
    }

    /// <summary>The figure one size or order word prefers ("bigger", "frühere", "kleineres").</summary>
    public static FigurePreference? PreferenceOf(string token, VocabularyIndex words) =>
        Degree(token, words) ?? (words.PreferenceWords.TryGetValue(token, out var preference) ? preference : null);

    // Comparatives and superlatives may be inflected ("kleinerer", "größeres", "spätesten"); the bare predicative
    // comparative ("größer als") compares and picks nothing, so an ending is required.
    private static FigurePreference? Degree(string token, VocabularyIndex words)
    {
        foreach (var (stem, preference) in words.DegreeStems)
        {
            if (token.Length > stem.Length && token.StartsWith(stem, StringComparison.Ordinal) && words.AdjectiveEndings.Contains(token[stem.Length..]))
            {
                return preference;
            }
        }

        return null;
    }

    // A change word right after a total word belongs to the total ("add up", "sum up"): no change is asked.
    internal static bool HasChangeWord(IReadOnlyList<string> tokens, VocabularyIndex words)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words.ChangeWords.Contains(tokens[i]) && !(i > 0 && words.TotalCues.Contains(tokens[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRatio(IReadOnlyList<string> tokens, VocabularyIndex words)
    {
        if (VocabularyIndex.AnyIn(tokens, words.RatioWords) || VocabularyIndex.ContainsPhrase(tokens, words.RatioPhrases))
        {
            return true;
        }

        foreach (var token in tokens)
        {
            foreach (var suffix in words.RatioSuffixes)
            {
                if (token.Length > suffix.Length && token.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "pro Jahr", "per year", "a year" (but not "in a year" or "a year 2025"), "im Schnitt".
    private static bool IsPerYear(IReadOnlyList<string> tokens, VocabularyIndex words)
    {
        if (VocabularyIndex.AnyIn(tokens, words.PerYearWords))
        {
            return true;
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // Across languages too: "Stargate pro year".
            if (words.DistributiveWords.Contains(tokens[i]) && words.PerYearUnits.Contains(tokens[i + 1]))
            {
                return true;
            }
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            var length = VocabularyIndex.PhraseAt(tokens, i, words.LoosePerYearPhrases);
            if (length > 0 && !words.TimePrepositions.Contains(tokens[i - 1]) && (i + length >= tokens.Count || !tokens[i + length].All(char.IsDigit)))
            {
                return true;
            }
        }

        return false;
    }
}
