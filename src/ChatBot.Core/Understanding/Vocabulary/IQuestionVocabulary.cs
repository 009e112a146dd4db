namespace ChatBot.Core.Understanding.Vocabulary;

/// <summary>
/// The words of one language the question parser reads, as data: each category names what its words mean, the parser
/// holds the rules. Words may be written as users type them ("März", "für"); they are folded once when the table of
/// vocabularies is indexed. Phrases are words separated by spaces and match adjacent words; word sets match anywhere
/// in the question. A language is added by implementing this interface and registering it in a
/// <see cref="Languages.LanguageTable{T}"/> under its language; the parser matches with the union of all registered vocabularies.
/// </summary>
public interface IQuestionVocabulary
{
    /// <summary>Words that are evidence a question is written in this language.</summary>
    IReadOnlyList<string> Markers { get; }

    /// <summary>Letters only this language writes ("äöüß"); one of them counts as two marker words.</summary>
    string DistinctiveLetters { get; }

    /// <summary>
    /// Whether this language capitalises every noun (German): then a capitalised ordinary word of it is no evidence
    /// of a name ("Intel Geld"), while in English a capitalised ordinary word after a name is part of it ("Blue Origin").
    /// </summary>
    bool CapitalisesNouns { get; }

    /// <summary>Ordinary words of a question that never name a company, a country or a person.</summary>
    IReadOnlyList<string> CommonWords { get; }

    /// <summary>Beginnings of inflected ordinary words ("invest" for "investierst"): such words are no names.</summary>
    IReadOnlyList<string> KnownStems { get; }

    /// <summary>Words of four letters or more too general to tell one figure from another ("investiert", "money").</summary>
    IReadOnlyList<string> NonKeywords { get; }

    /// <summary>Definite articles, skipped between a cue and a name ("than the Meta", "steckt die Telekom").</summary>
    IReadOnlyList<string> Articles { get; }

    /// <summary>The word an apostrophe splits off a possessive ("s" of "Oracle's").</summary>
    IReadOnlyList<string> PossessiveMarkers { get; }

    /// <summary>Nouns that introduce an organisation's name ("Musks Firma xAI", "his company X").</summary>
    IReadOnlyList<string> OrganisationWords { get; }

    /// <summary>First words of a chat command and the intent each asks for ("/pledge", "compare").</summary>
    IReadOnlyDictionary<string, QueryIntent> CommandWords { get; }

    /// <summary>First words that only introduce a question ("ask …").</summary>
    IReadOnlyList<string> CommandPrefixes { get; }

    /// <summary>Words asking to compare two subjects or years.</summary>
    IReadOnlyList<string> CompareCues { get; }

    /// <summary>Words asking for a total of several subjects or years.</summary>
    IReadOnlyList<string> TotalCues { get; }

    /// <summary>Words asking for a ranking, largest first.</summary>
    IReadOnlyList<string> RankCues { get; }

    /// <summary>Words asking for a ranking, smallest first.</summary>
    IReadOnlyList<string> AscendingCues { get; }

    /// <summary>Words asking for sources and quotes.</summary>
    IReadOnlyList<string> SourceCues { get; }

    /// <summary>Word sets asking where a figure comes from ("where comes").</summary>
    IReadOnlyList<string> OriginCues { get; }

    /// <summary>Words asking who said a figure; with a figure named, the answer shows its quote.</summary>
    IReadOnlyList<string> WhoWords { get; }

    /// <summary>Words asking for help.</summary>
    IReadOnlyList<string> HelpCues { get; }

    /// <summary>Word sets asking what the bot can do ("can you do").</summary>
    IReadOnlyList<string> CapabilityCues { get; }

    /// <summary>Words a greeting or thanks consists of.</summary>
    IReadOnlyList<string> GreetingWords { get; }

    /// <summary>Words naming the list of known companies.</summary>
    IReadOnlyList<string> SubjectListCues { get; }

    /// <summary>Question words that, with a <see cref="SubjectListCues"/> word, ask for that list ("which companies").</summary>
    IReadOnlyList<string> ListQuestionWords { get; }

    /// <summary>Words asking for an amount of money.</summary>
    IReadOnlyList<string> AmountWords { get; }

    /// <summary>Beginnings of words asking for an amount of money ("invest…", "spend…").</summary>
    IReadOnlyList<string> AmountStems { get; }

    /// <summary>Spending verbs next to which an unknown name is the one investing ("investiert Intel").</summary>
    IReadOnlyList<string> SpendingVerbs { get; }

    /// <summary>Other words next to which an unknown name is the actor ("does Intel", "Intel's").</summary>
    IReadOnlyList<string> ActorMarkers { get; }

    /// <summary>Words before the subject a question measures against ("more than Meta").</summary>
    IReadOnlyList<string> BaseMarkers { get; }

    /// <summary>
    /// Words users write in a group's name in place of the word its aliases use, and that word ("the four biggest
    /// tech firms" for "the four largest tech companies"); tried only when the words as written name no subject.
    /// </summary>
    IReadOnlyDictionary<string, string> NameWordVariants { get; }

    /// <summary>Words that tie a noun to the owner named after it ("der Deal von Oracle", "the deal of Oracle").</summary>
    IReadOnlyList<string> OwnerMarkers { get; }

    /// <summary>
    /// What a company is measured by other than what it invests ("share price", "Börsenwert", "Umsatz"): phrases
    /// whose figures the knowledge holds only when a fact about the subject mentions them.
    /// </summary>
    IReadOnlyList<string> ForeignMeasures { get; }

    /// <summary>Month names and abbreviations and their number.</summary>
    IReadOnlyDictionary<string, int> Months { get; }

    /// <summary>Ordinal words of a quarter or half and their number ("ersten" Quartal).</summary>
    IReadOnlyDictionary<string, int> Ordinals { get; }

    /// <summary>Words for a quarter of a year.</summary>
    IReadOnlyList<string> QuarterWords { get; }

    /// <summary>Words for a half of a year.</summary>
    IReadOnlyList<string> HalfWords { get; }

    /// <summary>Letters before a digit naming a quarter ("q" of "Q1").</summary>
    IReadOnlyList<string> QuarterPrefixes { get; }

    /// <summary>Letters before a digit naming a half ("h" of "H1").</summary>
    IReadOnlyList<string> HalfPrefixes { get; }

    /// <summary>Words marking a fiscal year.</summary>
    IReadOnlyList<string> FiscalWords { get; }

    /// <summary>Letters before a two- or four-digit year naming a fiscal year ("fy" of "FY25").</summary>
    IReadOnlyList<string> FiscalPrefixes { get; }

    /// <summary>Words for a year, which a relative word before them resolves ("this year").</summary>
    IReadOnlyList<string> YearWords { get; }

    /// <summary>Words before a <see cref="YearWords"/> word and the year they name relative to the current one.</summary>
    IReadOnlyDictionary<string, int> RelativeYears { get; }

    /// <summary>Words naming the current year on their own ("heuer").</summary>
    IReadOnlyList<string> CurrentYearWords { get; }

    /// <summary>Words naming the year before the year the question names ("Vorjahr").</summary>
    IReadOnlyList<string> YearBeforeWords { get; }

    /// <summary>Words before a <see cref="YearWords"/> word naming the year before ("previous year").</summary>
    IReadOnlyList<string> PreviousYearModifiers { get; }

    /// <summary>Words after a <see cref="YearWords"/> word naming the year before ("year before").</summary>
    IReadOnlyList<string> YearBeforeFollowers { get; }

    /// <summary>Words before a year that make it the end of a span ("bis 2028").</summary>
    IReadOnlyList<string> UntilWords { get; }

    /// <summary><see cref="UntilWords"/> that mean "until" only with an end or a later year ("by 2028"), else "in".</summary>
    IReadOnlyList<string> ContextualUntilWords { get; }

    /// <summary>Words between an until-word and its year ("bis zum Ende des Jahres 2026").</summary>
    IReadOnlyList<string> UntilFillers { get; }

    /// <summary>Words for the end of a span ("Ende", "end").</summary>
    IReadOnlyList<string> EndWords { get; }

    /// <summary>Words for a decade; after an end word they mean its last year.</summary>
    IReadOnlyList<string> DecadeWords { get; }

    /// <summary>Words joining two months into a range ("Januar bis März").</summary>
    IReadOnlyList<string> RangeWords { get; }

    /// <summary>Words excluding what follows ("nicht 2024", "not the plan").</summary>
    IReadOnlyList<string> Negations { get; }

    /// <summary>Words excluding what follows that also end an earlier negation ("rather").</summary>
    IReadOnlyList<string> Alternatives { get; }

    /// <summary>Words ending a negation and opening what is asked ("sondern", "but").</summary>
    IReadOnlyList<string> Contrasts { get; }

    /// <summary>Words restricting to what follows ("nur", "just"); after a negation they belong to it.</summary>
    IReadOnlyList<string> Restrictions { get; }

    /// <summary>Words asking for a whole rather than a part ("ganze", "total").</summary>
    IReadOnlyList<string> WholeWords { get; }

    /// <summary>Words joining a follow-up question ("und 2025?").</summary>
    IReadOnlyList<string> AndWords { get; }

    /// <summary>Question words that, after an <see cref="AndWords"/> word, open a follow-up question.</summary>
    IReadOnlyList<string> FollowUpWords { get; }

    /// <summary>Words asking when a figure was announced.</summary>
    IReadOnlyList<string> WhenWords { get; }

    /// <summary>Word sets asking when a figure was announced ("which month").</summary>
    IReadOnlyList<string> WhenWordSets { get; }

    /// <summary>Scale suffixes written right after a number in a question ("14bn", "109 mrd").</summary>
    IReadOnlyList<string> ScaleSuffixes { get; }

    /// <summary>Scale words that make a change question absolute rather than relative ("um wie viele Milliarden").</summary>
    IReadOnlyList<string> AbsoluteScaleWords { get; }

    /// <summary>Comparative words ("more", "größer").</summary>
    IReadOnlyList<string> Comparatives { get; }

    /// <summary>Words of change between periods ("steigt", "grows").</summary>
    IReadOnlyList<string> ChangeWords { get; }

    /// <summary>Words asking for a relative figure.</summary>
    IReadOnlyList<string> PercentWords { get; }

    /// <summary>Words naming percent as a unit; asked alone they ask for a share.</summary>
    IReadOnlyList<string> PercentUnits { get; }

    /// <summary>Words asking for a share of a whole.</summary>
    IReadOnlyList<string> ShareWords { get; }

    /// <summary>Question words that make a <see cref="ShareWords"/> word a question for a share ("which share").</summary>
    IReadOnlyList<string> ShareQuestionWords { get; }

    /// <summary>Words asking for what remains of a whole.</summary>
    IReadOnlyList<string> RemainderWords { get; }

    /// <summary>Words asking for a remainder only together with <see cref="RemainderQuestionWords"/> ("what is left").</summary>
    IReadOnlyList<string> LooseRemainderWords { get; }

    /// <summary>Question words that make a <see cref="LooseRemainderWords"/> word ask for a remainder.</summary>
    IReadOnlyList<string> RemainderQuestionWords { get; }

    /// <summary>Words asking for an average per year.</summary>
    IReadOnlyList<string> PerYearWords { get; }

    /// <summary>Words that, before a <see cref="PerYearUnits"/> word, ask for an average per year ("pro Jahr", "per year").</summary>
    IReadOnlyList<string> DistributiveWords { get; }

    /// <summary>Words for a year after a <see cref="DistributiveWords"/> word.</summary>
    IReadOnlyList<string> PerYearUnits { get; }

    /// <summary>Phrases asking for an average per year unless a time preposition or a number is next to them ("a year").</summary>
    IReadOnlyList<string> LoosePerYearPhrases { get; }

    /// <summary>Prepositions of time before which a <see cref="LoosePerYearPhrases"/> phrase is a point in time ("in a year").</summary>
    IReadOnlyList<string> TimePrepositions { get; }

    /// <summary>Words asking for a difference.</summary>
    IReadOnlyList<string> DifferenceWords { get; }

    /// <summary>Phrases asking for an amount ("how much"); with a comparative they ask for a difference.</summary>
    IReadOnlyList<string> HowMuchPhrases { get; }

    /// <summary>Phrases asking for a difference on their own ("by how much").</summary>
    IReadOnlyList<string> ByHowMuchPhrases { get; }

    /// <summary>Words asking to subtract one figure from another.</summary>
    IReadOnlyList<string> MinusWords { get; }

    /// <summary>Words asking for a ratio.</summary>
    IReadOnlyList<string> RatioWords { get; }

    /// <summary>Word endings asking for a ratio ("dreifache").</summary>
    IReadOnlyList<string> RatioSuffixes { get; }

    /// <summary>Phrases asking for a ratio ("how many times").</summary>
    IReadOnlyList<string> RatioPhrases { get; }

    /// <summary>Size and order words and which figure they prefer ("the bigger deal", "the earlier one").</summary>
    IReadOnlyDictionary<string, FigurePreference> PreferenceWords { get; }

    /// <summary>Stems of inflected comparatives and superlatives and which figure they prefer ("größer" in "größeres").</summary>
    IReadOnlyDictionary<string, FigurePreference> DegreeStems { get; }

    /// <summary>The endings a <see cref="DegreeStems"/> stem needs to pick a figure ("e", "en").</summary>
    IReadOnlyList<string> AdjectiveEndings { get; }
}
