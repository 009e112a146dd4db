using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest.Vocabulary;

/// <summary>
/// The words of one language the ingest extractor reads around figures, as data (number words themselves are in
/// <see cref="Languages.Numbers.INumberVocabulary"/>). Words are written as the language spells them ("schätzt",
/// "über"); the folded spellings are derived. Phrases are words separated by spaces. A language is added by
/// implementing this interface and registering it in <see cref="IngestVocabularies.Default"/>.
/// </summary>
public interface IIngestVocabulary
{
    /// <summary>The commonest words of running text, which tell an article's language.</summary>
    IReadOnlyList<string> Markers { get; }

    /// <summary>Nouns counted by a figure worth keeping and the unit they make ("Ländern", "companies").</summary>
    IReadOnlyDictionary<string, Unit> CountedNouns { get; }

    /// <summary>Words after a number that make it a multiple ("times", "x").</summary>
    IReadOnlyList<string> TimesWords { get; }

    /// <summary>Words before an amount that make it approximate ("rund", "around").</summary>
    IReadOnlyList<string> AroundWords { get; }

    /// <summary>Words before an amount that make it a lower bound ("mehr als", "more than").</summary>
    IReadOnlyList<string> MoreThanWords { get; }

    /// <summary><see cref="MoreThanWords"/> that are also a preposition naming an amount ("ein Deal über 300 Milliarden"): a lower bound only after a function word.</summary>
    IReadOnlyList<string> PrepositionalMoreThanWords { get; }

    /// <summary>Words before an amount that make it fall just short ("fast", "nearly").</summary>
    IReadOnlyList<string> AlmostWords { get; }

    /// <summary>Words before an amount that make it an upper bound ("bis zu", "up to").</summary>
    IReadOnlyList<string> UpToWords { get; }

    /// <summary>Words that make a sentence's figure uncertain ("möglicherweise", "possibly").</summary>
    IReadOnlyList<string> PossiblyWords { get; }

    /// <summary>Words after an amount with a scale but no currency that show it is money ("80 Milliarden für KI"), not a count of people.</summary>
    IReadOnlyList<string> AmountFollowers { get; }

    /// <summary>Definite articles before a share ("die Hälfte").</summary>
    IReadOnlyList<string> ShareArticles { get; }

    /// <summary>Words saying partners act jointly ("gemeinsam", "jointly").</summary>
    IReadOnlyList<string> JointWords { get; }

    /// <summary>Phrases referring back to a company named before ("das Unternehmen", "the company").</summary>
    IReadOnlyList<string> Anaphors { get; }

    /// <summary>Phrases referring back to the figure before ("dieser Summe", "of which").</summary>
    IReadOnlyList<string> BackReferences { get; }

    /// <summary>Prepositions naming where money comes from ("von", "from").</summary>
    IReadOnlyList<string> FromWords { get; }

    /// <summary>Verbs (or their beginnings) saying money comes or flows from someone ("stamm", "comes from").</summary>
    IReadOnlyList<string> ComeVerbs { get; }

    /// <summary>Verbs after a speaker giving an estimate ("schätzt", "expects").</summary>
    IReadOnlyList<string> SpeakerVerbs { get; }

    /// <summary>Beginnings of words that tell a money figure's kind ("übernahme" a deal, "rechenzentr" data centres).</summary>
    IReadOnlyDictionary<FactKind, IReadOnlyList<string>> KindStems { get; }

    /// <summary>Words that make a percentage a growth rate rather than a share ("Wachstum", "grew").</summary>
    IReadOnlyList<string> GrowthWords { get; }

    /// <summary>Words before a four-digit year naming a fiscal year ("Geschäftsjahr 2025", "fiscal year 2025").</summary>
    IReadOnlyList<string> FiscalYearWords { get; }

    /// <summary>Letters before a two- or four-digit year naming a fiscal year ("FY25").</summary>
    IReadOnlyList<string> FiscalPrefixes { get; }

    /// <summary>Phrases for the end of the current decade ("by the end of the decade").</summary>
    IReadOnlyList<string> DecadeEndPhrases { get; }

    /// <summary>The period label of <see cref="DecadeEndPhrases"/> shown to users.</summary>
    string DecadeEndLabel { get; }

    /// <summary>Words before a year that make it the end of a span ("bis 2028", "by 2028").</summary>
    IReadOnlyList<string> UntilWords { get; }

    /// <summary>Phrases between an <see cref="UntilWords"/> word and its year ("bis Ende 2026", "by the end of 2026").</summary>
    IReadOnlyList<string> EndOfPhrases { get; }

    /// <summary>Words for a quarter of a year.</summary>
    IReadOnlyList<string> QuarterWords { get; }

    /// <summary>Letters before a digit naming a quarter ("Q1").</summary>
    IReadOnlyList<string> QuarterPrefixes { get; }

    /// <summary>Words for a half of a year ("Halbjahr", "half").</summary>
    IReadOnlyList<string> HalfWords { get; }

    /// <summary>Prepositions before an ordinal quarter or half ("im ersten Quartal", "in the first quarter").</summary>
    IReadOnlyList<string> PartPrepositions { get; }

    /// <summary>Words between a quarter or half and its year ("first quarter of 2025").</summary>
    IReadOnlyList<string> PartYearLinks { get; }

    /// <summary>Phrases before a number of years to come ("in den nächsten vier Jahren").</summary>
    IReadOnlyList<string> NextYearsPhrases { get; }

    /// <summary>Words for years after a number ("Jahren", "years").</summary>
    IReadOnlyList<string> YearsWords { get; }

    /// <summary>The period label of a number of years to come, with {0} for the number as written ("over the next {0} years").</summary>
    string NextYearsLabel { get; }

    /// <summary>Month names and their number.</summary>
    IReadOnlyDictionary<string, int> Months { get; }

    /// <summary>Month names that are ordinary words too ("Mai", "may"): months only with a year.</summary>
    IReadOnlyList<string> AmbiguousMonths { get; }

    /// <summary>Phrases naming the current year ("in diesem Jahr", "this year").</summary>
    IReadOnlyList<string> CurrentYearPhrases { get; }

    /// <summary>Phrases naming the year before ("im Vorjahr", "last year").</summary>
    IReadOnlyList<string> PreviousYearPhrases { get; }

    /// <summary>Prepositions a moderator may write before a period ("im Geschäftsjahr 2025", "for 2025").</summary>
    IReadOnlyList<string> PeriodPrepositions { get; }
}
