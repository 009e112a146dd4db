namespace ChatBot.Core.Understanding.Vocabulary;

/// <summary>The English question vocabulary.</summary>
public sealed class EnglishVocabulary : IQuestionVocabulary
{
    public IReadOnlyList<string> Markers { get; } =
    [
        "how", "much", "many", "what", "whats", "which", "who", "whom", "when", "where", "why", "is", "are", "does", "do",
        "did", "the", "and", "or", "of", "for", "to", "from", "with", "by", "on", "into", "about", "than", "versus",
        "between", "invest", "invests", "investing", "invested", "investment", "investments", "spend", "spends",
        "spending", "spent", "put", "putting", "year", "compare", "more", "most", "billion", "billions", "will", "plan",
        "plans", "planned", "ai", "source", "sources", "together", "combined", "total", "this", "that", "last", "next",
        "quarter", "fiscal", "data", "centers", "centres", "figure", "figures", "please", "pls", "plz", "quick", "tell",
        "me", "you", "show", "give", "its", "their", "own", "has", "have", "biggest", "largest", "bigger", "larger",
        "announce", "announced", "say", "says", "said", "pledge", "times", "share", "left", "per", "someone", "but",
        "not", "just", "only", "whole", "earlier", "later", "first", "second",
    ];

    public string DistinctiveLetters => string.Empty;

    public bool CapitalisesNouns => false;

    public IReadOnlyList<string> CommonWords { get; } =
    [
        // function words and question words; "s", "re", "ll", "ve", "d", "t" are what an apostrophe splits off
        "how", "much", "many", "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "is", "are",
        "was", "were", "be", "been", "being", "does", "do", "did", "done", "doing", "the", "a", "an", "and", "or",
        "but", "of", "for", "in", "on", "at", "to", "from", "with", "by", "into", "onto", "about", "over", "under",
        "between", "than", "as", "this", "that", "these", "those", "it", "its", "their", "theirs", "they", "them",
        "he", "she", "his", "her", "we", "our", "you", "your", "me", "my", "i", "will", "would", "shall", "should",
        "can", "could", "might", "must", "has", "have", "had", "having", "not", "no", "any", "all", "each",
        "every", "both", "other", "more", "most", "less", "least", "so", "far", "up", "out", "there", "here", "now",
        "today", "currently", "current", "please", "tell", "show", "give", "list", "say", "says", "said", "let",
        "know", "just", "also", "only", "around", "approximately", "roughly", "last", "next", "previous", "coming",
        "year", "years", "yearly", "annual", "annually", "first", "second", "third", "fourth", "quarter", "half",
        "month", "fiscal", "fy", "calendar", "until", "s", "re", "ll", "ve", "d", "t", "someone", "pls", "plz", "quick",
        "okay", "ok", "yes", "hi", "hello", "hey", "thanks", "thank",
        // domain words
        "invest", "invests", "investing", "invested", "investment", "investments", "investor", "spend", "spends",
        "spending", "spent", "pour", "pours", "pouring", "put", "puts", "putting", "plan", "plans", "planning",
        "planned", "pledge", "pledges", "pledged", "commit", "commits", "committed", "commitment", "announce",
        "announces", "announced", "announcement", "budget", "budgets", "sum", "amount", "figure", "figures", "number",
        "numbers", "money", "capital", "capex", "billion", "billions", "bn", "million", "millions", "trillion",
        "trillions", "dollar", "dollars", "usd", "euro", "euros", "eur", "percent", "ai", "artificial",
        "intelligence", "company", "companies", "firm", "firms", "corporation", "compare", "comparison", "compared",
        "versus", "vs", "difference", "source", "sources", "cite", "citation", "quote", "article", "articles", "come",
        "comes", "origin", "question", "answer", "info", "information", "latest", "newest", "recent", "biggest",
        "largest", "highest", "top", "smallest", "lowest", "rank", "ranking", "ranked", "leader", "leads", "lead",
        "together", "combined", "total", "overall", "goes", "go", "going", "expand", "expansion", "build", "building",
        "project", "projects", "development", "research", "world", "country", "countries", "government", "president",
        "ceo", "chief", "help", "commands", "tech", "technology", "share", "part", "cost", "costs", "big", "large",
        "huge", "according", "enter", "entered", "enters", "force", "effect", "took", "take", "takes", "end", "decade",
        "outlook", "expected", "additional", "further", "bot", "chatbot",
        // words of instructions aimed at the bot rather than questions ("ignore previous instructions")
        "ask", "ignore", "instruction", "instructions", "forget", "pretend", "system", "prompt", "everything",
        "anything", "something", "nothing", "respond", "reply", "write", "claim", "state", "stated", "true", "false",
        // calculation and scope words
        "factor", "minus", "plus", "times", "ratio", "gap", "remaining", "remains", "left", "average", "per", "own", "apart",
        "percentage", "proportion", "fraction", "whole", "full", "entire", "earlier", "later", "bigger", "larger",
        "smaller", "increase", "grow", "grows", "rise",
    ];

    public IReadOnlyList<string> KnownStems { get; } = ["invest", "billion", "plan", "spend"];

    // Keywords have four letters or more, so shorter words need no entry here.
    public IReadOnlyList<string> NonKeywords { get; } =
    [
        "what", "which", "when", "where", "does", "will", "would", "with", "from", "into", "about", "that", "this",
        "these", "those", "their", "they", "have", "been", "much", "many", "more", "most", "than", "invest", "invests",
        "investing", "invested", "investment", "investments", "spend", "spends", "spending", "spent", "plan", "plans",
        "planned", "money", "billion", "billions", "dollars", "euros", "year", "years", "artificial", "intelligence",
        "company", "companies", "total", "figure", "figures", "please", "tell", "show", "give",
    ];

    public IReadOnlyList<string> Articles { get; } = ["the"];

    public IReadOnlyList<string> PossessiveMarkers { get; } = ["s"];

    public IReadOnlyList<string> OrganisationWords { get; } =
        ["startup", "start", "company", "firm", "subsidiary", "venture", "lab", "foundation", "fund", "initiative"];

    public IReadOnlyDictionary<string, QueryIntent> CommandWords { get; } = new Dictionary<string, QueryIntent>
    {
        ["pledge"] = QueryIntent.Figures, ["pledges"] = QueryIntent.Figures, ["figures"] = QueryIntent.Figures,
        ["compare"] = QueryIntent.Compare, ["top"] = QueryIntent.Rank, ["ranking"] = QueryIntent.Rank,
        ["total"] = QueryIntent.Total, ["sum"] = QueryIntent.Total, ["sources"] = QueryIntent.Sources,
        ["help"] = QueryIntent.Help, ["companies"] = QueryIntent.Subjects, ["subjects"] = QueryIntent.Subjects,
    };

    public IReadOnlyList<string> CommandPrefixes { get; } = ["ask"];

    public IReadOnlyList<string> CompareCues { get; } = ["compare", "compared", "comparison", "vs", "versus", "difference", "or", "more", "less"];

    public IReadOnlyList<string> TotalCues { get; } = ["together", "combined", "total", "sum", "altogether", "add", "cumulative"];

    public IReadOnlyList<string> RankCues { get; } = ["most", "top", "ranking", "rank", "biggest", "largest", "highest", "leads", "leader"];

    public IReadOnlyList<string> AscendingCues { get; } = ["least", "smallest", "lowest", "fewest"];

    public IReadOnlyList<string> SourceCues { get; } =
        ["source", "sources", "quote", "quotes", "citation", "citations", "cite", "origin", "article", "articles"];

    public IReadOnlyList<string> OriginCues { get; } =
        ["where come", "where comes", "where came", "where from", "where says", "where stated"];

    public IReadOnlyList<string> WhoWords { get; } = ["who", "whose"];

    public IReadOnlyList<string> HelpCues { get; } = ["help", "commands", "usage"];

    public IReadOnlyList<string> CapabilityCues { get; } = ["can you do"];

    public IReadOnlyList<string> GreetingWords { get; } =
        ["hi", "hello", "hey", "good", "morning", "evening", "thanks", "thank", "you", "bot", "chatbot"];

    public IReadOnlyList<string> SubjectListCues { get; } = ["companies", "subjects", "firms"];

    public IReadOnlyList<string> ListQuestionWords { get; } = ["which", "what", "list"];

    public IReadOnlyList<string> AmountWords { get; } = ["much", "money", "budget", "capex"];

    public IReadOnlyList<string> AmountStems { get; } = ["invest", "spend"];

    public IReadOnlyList<string> SpendingVerbs { get; } =
        ["invest", "invests", "investing", "invested", "spend", "spends", "spending", "spent", "plans", "planning"];

    public IReadOnlyList<string> ActorMarkers { get; } = ["does", "did", "will", "has", "have", "is", "of", "s"];

    public IReadOnlyList<string> BaseMarkers { get; } = ["than", "vs", "versus"];

    public IReadOnlyList<string> OwnerMarkers { get; } = ["of"];

    public IReadOnlyDictionary<string, string> NameWordVariants { get; } = new Dictionary<string, string>
    {
        ["biggest"] = "largest", ["firms"] = "companies", ["corporations"] = "companies", ["corps"] = "companies",
    };

    public IReadOnlyList<string> ForeignMeasures { get; } =
    [
        "share price", "stock", "stocks", "shares", "market cap", "market capitalisation",
        "market capitalization", "market value", "valuation", "revenue", "revenues", "sales", "turnover", "profit",
        "profits", "earnings", "net income", "dividend", "dividends", "employees", "staff", "headcount",
    ];

    public IReadOnlyDictionary<string, int> Months { get; } = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    public IReadOnlyDictionary<string, int> Ordinals { get; } = new Dictionary<string, int>
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4,
    };

    public IReadOnlyList<string> QuarterWords { get; } = ["quarter"];

    public IReadOnlyList<string> HalfWords { get; } = ["half"];

    public IReadOnlyList<string> QuarterPrefixes { get; } = ["q"];

    public IReadOnlyList<string> HalfPrefixes { get; } = ["h"];

    public IReadOnlyList<string> FiscalWords { get; } = ["fiscal", "fy"];

    public IReadOnlyList<string> FiscalPrefixes { get; } = ["fy"];

    public IReadOnlyList<string> YearWords { get; } = ["year"];

    public IReadOnlyDictionary<string, int> RelativeYears { get; } = new Dictionary<string, int>
    {
        ["this"] = 0, ["current"] = 0, ["last"] = -1, ["next"] = 1, ["coming"] = 1,
    };

    public IReadOnlyList<string> CurrentYearWords { get; } = [];

    public IReadOnlyList<string> YearBeforeWords { get; } = [];

    public IReadOnlyList<string> PreviousYearModifiers { get; } = ["previous", "prior"];

    public IReadOnlyList<string> YearBeforeFollowers { get; } = ["before"];

    public IReadOnlyList<string> UntilWords { get; } = ["until", "by", "through", "till", "thru"];

    public IReadOnlyList<string> ContextualUntilWords { get; } = ["by"];

    public IReadOnlyList<string> UntilFillers { get; } = ["of", "the", "year"];

    public IReadOnlyList<string> EndWords { get; } = ["end"];

    public IReadOnlyList<string> DecadeWords { get; } = ["decade"];

    public IReadOnlyList<string> RangeWords { get; } = ["to", "through", "till", "until", "thru"];

    // "apart from Amazon" leaves Amazon out like "except Amazon".
    public IReadOnlyList<string> Negations { get; } = ["not", "excluding", "except", "instead", "without", "apart"];

    public IReadOnlyList<string> Alternatives { get; } = ["rather"];

    public IReadOnlyList<string> Contrasts { get; } = ["but", "however"];

    public IReadOnlyList<string> Restrictions { get; } = ["just", "only"];

    public IReadOnlyList<string> WholeWords { get; } = ["whole", "full", "entire", "total", "overall"];

    public IReadOnlyList<string> AndWords { get; } = ["and"];

    public IReadOnlyList<string> FollowUpWords { get; } = ["what", "how"];

    public IReadOnlyList<string> WhenWords { get; } = ["when"];

    public IReadOnlyList<string> WhenWordSets { get; } = ["which month"];

    public IReadOnlyList<string> ScaleSuffixes { get; } = ["bn", "b", "m", "tn", "t", "k", "billion", "million"];

    public IReadOnlyList<string> AbsoluteScaleWords { get; } = ["billion"];

    public IReadOnlyList<string> Comparatives { get; } = ["more", "less", "fewer", "bigger", "larger", "higher", "greater", "smaller", "lower"];

    public IReadOnlyList<string> ChangeWords { get; } =
    [
        "grow", "grows", "grew", "growth", "increase", "increases", "increased", "rise", "rises", "rose", "jump", "jumps",
        "change", "changes", "changed", "drop", "drops", "fall", "falls", "up", "gain",
    ];

    public IReadOnlyList<string> PercentWords { get; } = ["percent", "percentage", "rate", "share", "pct"];

    public IReadOnlyList<string> PercentUnits { get; } = ["percent", "percentage"];

    public IReadOnlyList<string> ShareWords { get; } = ["share", "proportion", "fraction", "percentage"];

    public IReadOnlyList<string> ShareQuestionWords { get; } = ["what", "which", "how"];

    public IReadOnlyList<string> RemainderWords { get; } = ["remaining", "remainder", "remain", "remains"];

    public IReadOnlyList<string> LooseRemainderWords { get; } = ["left"];

    public IReadOnlyList<string> RemainderQuestionWords { get; } = ["what", "how"];

    public IReadOnlyList<string> PerYearWords { get; } = ["annually", "annualised", "annualized", "average", "averages"];

    public IReadOnlyList<string> DistributiveWords { get; } = ["per", "each", "every"];

    public IReadOnlyList<string> PerYearUnits { get; } = ["year", "annum"];

    public IReadOnlyList<string> LoosePerYearPhrases { get; } = ["a year"];

    public IReadOnlyList<string> TimePrepositions { get; } = ["in"];

    public IReadOnlyList<string> DifferenceWords { get; } = ["difference", "gap", "differ", "differs"];

    public IReadOnlyList<string> HowMuchPhrases { get; } = ["how much", "how many"];

    public IReadOnlyList<string> ByHowMuchPhrases { get; } = ["by how much"];

    public IReadOnlyList<string> MinusWords { get; } = ["minus"];

    public IReadOnlyList<string> RatioWords { get; } = ["ratio", "factor", "divided"];

    public IReadOnlyList<string> RatioSuffixes { get; } = [];

    public IReadOnlyList<string> RatioPhrases { get; } = ["many times"];

    public IReadOnlyDictionary<string, FigurePreference> PreferenceWords { get; } = new Dictionary<string, FigurePreference>
    {
        ["bigger"] = FigurePreference.Largest, ["biggest"] = FigurePreference.Largest, ["larger"] = FigurePreference.Largest,
        ["largest"] = FigurePreference.Largest, ["higher"] = FigurePreference.Largest, ["highest"] = FigurePreference.Largest,
        ["smaller"] = FigurePreference.Smallest, ["smallest"] = FigurePreference.Smallest, ["lower"] = FigurePreference.Smallest,
        ["lowest"] = FigurePreference.Smallest,
        ["later"] = FigurePreference.Latest, ["latest"] = FigurePreference.Latest, ["newer"] = FigurePreference.Latest,
        ["newest"] = FigurePreference.Latest, ["second"] = FigurePreference.Latest, ["recent"] = FigurePreference.Latest,
        ["earlier"] = FigurePreference.Earliest, ["earliest"] = FigurePreference.Earliest, ["first"] = FigurePreference.Earliest,
        ["older"] = FigurePreference.Earliest, ["oldest"] = FigurePreference.Earliest,
    };

    public IReadOnlyDictionary<string, FigurePreference> DegreeStems { get; } = new Dictionary<string, FigurePreference>();

    public IReadOnlyList<string> AdjectiveEndings { get; } = [];
}
