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
}
