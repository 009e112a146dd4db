namespace ChatBot.Core.Understanding.Vocabulary;

/// <summary>The German question vocabulary (folded spelling: "fuer" for "für").</summary>
public sealed class GermanVocabulary : IQuestionVocabulary
{
    public IReadOnlyList<string> Markers { get; } =
    [
        "wie", "viel", "viele", "wieviel", "welche", "welcher", "welches", "welchen", "wer", "was", "wann", "wo", "woher",
        "warum", "investiert", "investieren", "investierte", "investition", "investitionen", "und", "oder", "der", "die",
        "das", "den", "dem", "des", "ist", "sind", "hat", "haben", "mehr", "im", "am", "fuer", "von", "vom", "beim", "zu",
        "zum", "zur", "mit", "bis", "nach", "seit", "als", "um", "auf", "aus", "ueber", "gegenueber", "geschaeftsjahr",
        "zusammen", "vergleich", "vergleiche", "quelle", "quellen", "ein", "eine", "einen", "nicht", "kein", "keine",
        "plant", "planen", "wird", "werden", "wurde", "gibt", "gibst", "ausgaben", "milliarden", "jahr", "jahres",
        "rechenzentren", "ki", "kuenstliche", "intelligenz", "meisten", "insgesamt", "ich", "du", "mir", "sag", "sage",
        "bitte", "auch", "noch", "schon", "dieses", "diesem", "letztes", "naechstes", "quartal", "halbjahr",
        "jahreshaelfte", "stammt", "zahl", "zahlen", "betrag", "hoehe", "kannst", "steckt", "stecken", "will", "wollen",
        "erster", "erste", "ersten", "erstes", "zweite", "zweiten", "groesste", "groessere", "anteil", "davon", "kommen",
        "kommt", "bleibt", "sondern", "nur", "ganze", "pro", "steigt", "waechst", "mal", "rest", "dass", "laut",
    ];

    public string DistinctiveLetters => "äöüÄÖÜß";

    public bool CapitalisesNouns => true;

    public IReadOnlyList<string> CommonWords { get; } =
    [
        // function words and question words
        "wie", "viel", "viele", "vielen", "wieviel", "wieviele", "welche", "welcher", "welches", "welchen", "welchem",
        "wer", "wen", "wem", "wessen", "was", "wann", "wo", "woher", "wohin", "warum", "weshalb", "wozu", "womit",
        "und", "oder", "aber", "sowie", "bzw", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
        "einem", "einer", "eines", "kein", "keine", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden",
        "hat", "haben", "hatte", "hatten", "habe", "hast", "kann", "kannst", "koennen", "soll", "sollen", "will",
        "wollen", "willst", "moechte", "mag", "im", "in", "am", "an", "auf", "aus", "bei", "bis", "durch", "fuer",
        "gegen", "mit", "nach", "seit", "ueber", "um", "unter", "von", "vor", "zu", "zum", "zur", "zwischen", "als",
        "auch", "noch", "schon", "nur", "etwa", "rund", "ca", "circa", "mehr", "weniger", "meisten", "denn", "dann",
        "da", "so", "sehr", "ganz", "gibt", "gib", "gibst", "geben", "sag", "sage", "sagen", "zeig", "zeige", "zeigen",
        "nenn", "nenne", "nennen", "bitte", "danke", "mal", "ich", "du", "er", "sie", "es", "wir", "ihr", "mir", "mich",
        "dir", "dich", "uns", "euch", "ihm", "ihn", "ihnen", "sein", "seine", "seinen", "seiner", "ihre", "ihren",
        "ihrer", "dies", "diese", "dieser", "dieses", "diesem", "diesen", "jene", "alle", "allen", "aller", "alles",
        "jeder", "jede", "jedes", "andere", "anderen", "insgesamt", "zusammen", "gesamt", "jeweils", "dort", "hier",
        "jetzt", "heute", "aktuell", "derzeit", "momentan", "bisher", "bislang", "soweit", "laut", "gemaess", "nicht",
        "nichts", "man", "sich", "selbst", "einmal", "wirklich", "genau", "ungefaehr", "etwas", "letztes", "letzten",
        "naechstes", "naechsten", "kommendes", "kommenden", "vergangenes", "vergangenen", "laufenden", "heuer", "erste",
        "ersten", "erstes", "erster", "zweite", "zweiten", "zweiter", "dritte", "dritten", "vierte", "vierten", "ja",
        "nein", "sondern", "statt", "ohne", "jemand", "meinte", "sagte", "hallo", "moin", "servus",
        // domain words
        "investiert", "investieren", "investierte", "investierten", "investition", "investitionen", "investitions",
        "investiere", "investor", "investoren", "ausgaben", "ausgeben", "steckt", "stecken", "steckte", "pumpt",
        "pumpen", "fliesst", "fliessen", "plant", "planen", "plante", "plan", "plaene", "geplant", "vorhaben",
        "angekuendigt", "ankuendigung", "kuendigte", "kuendigt", "zugesagt", "zusage", "zusagen", "budget", "budgets",
        "summe", "summen", "betrag", "hoehe", "zahl", "zahlen", "geld", "kapital", "milliarde", "milliarden", "mrd",
        "million", "millionen", "mio", "billion", "billionen", "dollar", "usd", "euro", "eur", "prozent", "jahr",
        "jahre", "jahren", "jahres", "geschaeftsjahr", "geschaeftsjahres", "gj", "quartal", "quartals", "halbjahr",
        "monat", "monate", "ki", "kuenstliche", "kuenstlicher", "kuenstlichen", "intelligenz", "unternehmen", "firma",
        "firmen", "konzern", "konzerne", "konzerns", "vergleich", "vergleiche", "vergleichen", "verglichen",
        "unterschied", "quelle", "quellen", "beleg", "belege", "zitat", "artikel", "stammt", "stammen", "herkunft",
        "frage", "fragen", "antwort", "info", "infos", "information", "informationen", "neueste", "neuesten",
        "aktuelle", "aktuellen", "groesste", "groessten", "groesster", "hoechste", "hoechsten", "wenigsten",
        "kleinste", "ausbau", "bereich", "thema", "themen", "projekt", "projekte", "entwicklung", "forschung", "welt",
        "land", "laender", "staat", "staaten", "regierung", "praesident", "chef", "ceo", "rangliste", "ranking",
        "platz", "spitze", "fuehrt", "liegt", "vorne", "bekannt", "weisst", "kennst", "hilfe", "befehle", "tech",
        "technologie", "bereitstellen", "bereit", "verwendet", "teil", "anteil", "haelfte", "davon", "dafuer",
        "darin", "damit", "zahlt", "kostet", "kosten", "hoch", "hohe", "hohen", "hoeher", "gross", "grosse",
        "grossen", "neu", "neue", "neuen", "wichtig", "insbesondere", "allem", "kraft", "trat", "tritt", "getreten",
        "inkrafttreten", "gilt", "galt", "ende", "jahrzehnt", "jahrzehnts", "ausblick", "erwartet", "zusaetzlich",
        "weitere", "bot", "chatbot",
        // words of instructions aimed at the bot rather than questions ("ignoriere die Anweisungen")
        "ignoriere", "ignorier", "anweisung", "anweisungen", "vorherigen", "vergiss", "schreib", "schreibe",
        "antworte", "behaupte", "wahr", "falsch",
        // calculation and scope words
        "faktor", "minus", "plus", "verhaeltnis", "differenz", "abstand", "rest", "restliche", "restlichen",
        "restliches", "uebrig", "verbleibt", "durchschnitt", "durchschnittlich", "schnitt", "jaehrlich", "pro", "je",
        "anteils", "jahresbudget", "gesamtbudget", "ganze", "ganzes", "gesamte", "groessere", "kleinere", "spaetere",
        "fruehere", "steigt", "waechst", "bleibt", "bleiben", "eigene", "eigenen", "eigenes", "eigener", "abgesehen",
        // words of time that are no names ("Wie spät ist es?" names no company)
        "spaet", "frueh", "uhr", "uhrzeit", "morgen", "gestern",
    ];

    public IReadOnlyList<string> KnownStems { get; } = ["invest", "ausgab", "milliard", "plan", "geplant", "angekuendigt", "vergleich", "ki"];

    // Keywords have four letters or more, so shorter words need no entry here.
    public IReadOnlyList<string> NonKeywords { get; } =
    [
        "viel", "viele", "wieviel", "welche", "welcher", "welches", "welchen", "wann", "woher", "warum", "oder", "eine",
        "einen", "einem", "einer", "sind", "waren", "wird", "werden", "wurde", "wurden", "haben", "hatte", "soll",
        "sollen", "will", "wollen", "kann", "fuer", "nach", "ueber", "auch", "noch", "schon", "mehr", "sich", "seine",
        "seinen", "ihre", "ihren", "diese", "dieser", "dieses", "alle", "gibt", "geben", "bitte", "investiert",
        "investieren", "investierte", "investition", "investitionen", "ausgaben", "ausgeben", "geld", "plant", "planen",
        "summe", "betrag", "hoehe", "zahl", "zahlen", "milliarden", "dollar", "euro", "jahr", "jahre", "kuenstliche",
        "intelligenz", "unternehmen", "firma", "konzern", "aktuell", "insgesamt", "zusammen", "etwa", "rund",
    ];

    public IReadOnlyList<string> Articles { get; } = ["der", "die", "das", "den", "dem"];

    public IReadOnlyList<string> PossessiveMarkers { get; } = [];

    public IReadOnlyList<string> OrganisationWords { get; } =
        ["firma", "unternehmen", "startup", "tochter", "tochterfirma", "labor", "stiftung", "fonds", "initiative"];

    public IReadOnlyDictionary<string, QueryIntent> CommandWords { get; } = new Dictionary<string, QueryIntent>
    {
        ["zahlen"] = QueryIntent.Figures, ["vergleiche"] = QueryIntent.Compare, ["vergleich"] = QueryIntent.Compare,
        ["rangliste"] = QueryIntent.Rank, ["summe"] = QueryIntent.Total, ["quellen"] = QueryIntent.Sources,
        ["hilfe"] = QueryIntent.Help, ["unternehmen"] = QueryIntent.Subjects,
    };

    public IReadOnlyList<string> CommandPrefixes { get; } = [];

    public IReadOnlyList<string> CompareCues { get; } =
        ["vergleich", "vergleiche", "vergleichen", "vergleichst", "verglichen", "gegenueber", "unterschied", "oder", "mehr", "weniger"];

    public IReadOnlyList<string> TotalCues { get; } =
    [
        "zusammen", "insgesamt", "gesamt", "gesamtsumme", "summe", "addiert", "gemeinsam", "zusammengerechnet",
        "zusammengenommen", "kombiniert", "summiert", "kumuliert",
    ];

    public IReadOnlyList<string> RankCues { get; } =
        ["meisten", "rangliste", "groesste", "groessten", "groesster", "groesstes", "hoechste", "hoechsten", "spitze", "fuehrt", "vorne"];

    public IReadOnlyList<string> AscendingCues { get; } = ["wenigsten", "kleinste", "kleinsten", "niedrigste", "niedrigsten"];

    public IReadOnlyList<string> SourceCues { get; } =
        ["quelle", "quellen", "woher", "beleg", "belege", "zitat", "zitate", "herkunft", "stammt", "stammen", "artikel"];

    public IReadOnlyList<string> OriginCues { get; } = ["wo steht", "wo stehen", "wo stand", "wo finde"];

    public IReadOnlyList<string> WhoWords { get; } = ["wer", "wessen"];

    public IReadOnlyList<string> HelpCues { get; } = ["hilfe", "befehle", "anleitung"];

    public IReadOnlyList<string> CapabilityCues { get; } = ["kannst du"];

    public IReadOnlyList<string> GreetingWords { get; } =
        ["hallo", "moin", "servus", "gruezi", "guten", "tag", "morgen", "abend", "danke", "dir", "schoen", "vielen", "bot", "chatbot"];

    public IReadOnlyList<string> SubjectListCues { get; } = ["unternehmen", "firmen", "konzerne"];

    public IReadOnlyList<string> ListQuestionWords { get; } = ["welche"];

    public IReadOnlyList<string> AmountWords { get; } = ["viel", "wieviel", "geld", "budget", "kosten", "summe"];

    public IReadOnlyList<string> AmountStems { get; } = ["invest", "ausgab"];

    public IReadOnlyList<string> SpendingVerbs { get; } =
        ["investiert", "investieren", "investierte", "investierten", "gibt", "geben", "gab", "plant", "planen", "steckt", "stecken", "pumpt"];

    public IReadOnlyList<string> ActorMarkers { get; } = ["von"];

    public IReadOnlyList<string> BaseMarkers { get; } = ["als", "gegenueber"];

    public IReadOnlyList<string> OwnerMarkers { get; } = ["von"];

    public IReadOnlyDictionary<string, string> NameWordVariants { get; } = new Dictionary<string, string>
    {
        ["größten"] = "großen", ["Firmen"] = "Konzerne", ["Unternehmen"] = "Konzerne", ["Techfirmen"] = "Techkonzerne",
        ["Techunternehmen"] = "Techkonzerne", ["Technologieunternehmen"] = "Technologiekonzerne",
    };

    public IReadOnlyList<string> ForeignMeasures { get; } =
    [
        "Aktienkurs", "Aktienkurse", "Aktie", "Aktien", "Aktienpreis", "Börsenwert", "Marktwert",
        "Marktkapitalisierung", "Bewertung", "Umsatz", "Umsätze", "Gewinn", "Gewinne", "Reingewinn", "Dividende",
        "Mitarbeiter", "Beschäftigte", "Angestellte",
    ];

    public IReadOnlyDictionary<string, int> Months { get; } = new Dictionary<string, int>
    {
        ["januar"] = 1, ["jan"] = 1, ["februar"] = 2, ["feb"] = 2, ["maerz"] = 3, ["april"] = 4, ["apr"] = 4, ["mai"] = 5,
        ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9,
        ["sep"] = 9, ["oktober"] = 10, ["okt"] = 10, ["november"] = 11, ["nov"] = 11, ["dezember"] = 12, ["dez"] = 12,
    };

    public IReadOnlyDictionary<string, int> Ordinals { get; } = new Dictionary<string, int>
    {
        ["erste"] = 1, ["ersten"] = 1, ["erstes"] = 1, ["erster"] = 1, ["zweite"] = 2, ["zweiten"] = 2, ["zweites"] = 2,
        ["zweiter"] = 2, ["dritte"] = 3, ["dritten"] = 3, ["drittes"] = 3, ["dritter"] = 3, ["vierte"] = 4, ["vierten"] = 4,
        ["viertes"] = 4, ["vierter"] = 4,
    };

    public IReadOnlyList<string> QuarterWords { get; } = ["quartal", "quartals"];

    public IReadOnlyList<string> HalfWords { get; } = ["halbjahr", "halbjahres", "halbjahrs", "haelfte", "jahreshaelfte", "jahreshaelften"];

    public IReadOnlyList<string> QuarterPrefixes { get; } = ["q"];

    public IReadOnlyList<string> HalfPrefixes { get; } = ["h"];

    public IReadOnlyList<string> FiscalWords { get; } = ["geschaeftsjahr", "geschaeftsjahres", "geschaeftsjahrs", "finanzjahr", "gj"];

    public IReadOnlyList<string> FiscalPrefixes { get; } = ["gj"];

    public IReadOnlyList<string> YearWords { get; } = ["jahr", "jahres"];

    public IReadOnlyDictionary<string, int> RelativeYears { get; } = new Dictionary<string, int>
    {
        ["dieses"] = 0, ["diesem"] = 0, ["laufenden"] = 0, ["letztes"] = -1, ["letzten"] = -1, ["vergangenes"] = -1,
        ["vergangenen"] = -1, ["naechstes"] = 1, ["naechsten"] = 1, ["kommendes"] = 1, ["kommenden"] = 1,
    };

    public IReadOnlyList<string> CurrentYearWords { get; } = ["heuer"];

    public IReadOnlyList<string> YearBeforeWords { get; } = ["vorjahr", "vorjahres", "vorjahreszeitraum"];

    public IReadOnlyList<string> PreviousYearModifiers { get; } = ["vorigen", "voriges", "vorherigen", "vorheriges"];

    public IReadOnlyList<string> YearBeforeFollowers { get; } = [];

    public IReadOnlyList<string> UntilWords { get; } = ["bis"];

    public IReadOnlyList<string> ContextualUntilWords { get; } = [];

    public IReadOnlyList<string> UntilFillers { get; } = ["zum", "des", "jahres"];

    public IReadOnlyList<string> EndWords { get; } = ["ende"];

    public IReadOnlyList<string> DecadeWords { get; } = ["jahrzehnt", "jahrzehnts", "dekade"];

    public IReadOnlyList<string> RangeWords { get; } = ["bis"];

    // "abgesehen von Amazon" leaves Amazon out like "außer Amazon".
    public IReadOnlyList<string> Negations { get; } = ["nicht", "ohne", "ausser", "statt", "anstatt", "abgesehen"];

    public IReadOnlyList<string> Alternatives { get; } = [];

    public IReadOnlyList<string> Contrasts { get; } = ["sondern", "aber", "jedoch", "doch"];

    public IReadOnlyList<string> Restrictions { get; } = ["nur"];

    public IReadOnlyList<string> WholeWords { get; } = ["ganze", "ganzes", "ganzen", "gesamte", "gesamten", "gesamtes", "insgesamt", "gesamt"];

    public IReadOnlyList<string> AndWords { get; } = ["und"];

    public IReadOnlyList<string> FollowUpWords { get; } = ["wie", "was", "wieviel"];

    public IReadOnlyList<string> WhenWords { get; } = ["wann", "datum"];

    public IReadOnlyList<string> WhenWordSets { get; } = ["welchem monat"];

    public IReadOnlyList<string> ScaleSuffixes { get; } = ["mrd", "mio", "milliarden", "millionen", "billionen"];

    public IReadOnlyList<string> AbsoluteScaleWords { get; } = ["milliarden"];

    public IReadOnlyList<string> Comparatives { get; } =
        ["mehr", "weniger", "groesser", "groessere", "groesseren", "hoeher", "hoehere", "hoeheren", "kleiner", "kleinere", "niedriger"];

    public IReadOnlyList<string> ChangeWords { get; } =
    [
        "steigt", "steigen", "stieg", "gestiegen", "waechst", "wachsen", "wuchs", "gewachsen", "erhoeht", "erhoehen",
        "erhoehte", "zulegen", "legt", "sinkt", "sinken", "gesunken", "veraendert", "veraenderung", "zuwachs", "anstieg",
        "wachstum", "steigerung",
    ];

    public IReadOnlyList<string> PercentWords { get; } = ["prozent", "prozentual", "anteil"];

    public IReadOnlyList<string> PercentUnits { get; } = ["prozent"];

    public IReadOnlyList<string> ShareWords { get; } = ["anteil", "anteils", "prozentsatz", "quote"];

    public IReadOnlyList<string> ShareQuestionWords { get; } = ["welcher", "welchen", "wie"];

    public IReadOnlyList<string> RemainderWords { get; } =
    [
        "rest", "restliche", "restlichen", "restlicher", "restliches", "restbudget", "uebrig", "uebrige", "uebrigen",
        "verbleibt", "verbleiben", "verbleibende", "verbleibenden",
    ];

    // "Wie viel bleibt nach dem ersten Quartal?", but not "Tesla bleibt stabil".
    public IReadOnlyList<string> LooseRemainderWords { get; } = ["bleibt", "bleiben"];

    public IReadOnlyList<string> RemainderQuestionWords { get; } = ["wie", "was"];

    public IReadOnlyList<string> PerYearWords { get; } =
        ["jaehrlich", "jahresdurchschnitt", "durchschnittlich", "schnitt", "durchschnitt", "mittel"];

    public IReadOnlyList<string> DistributiveWords { get; } = ["pro", "je"];

    public IReadOnlyList<string> PerYearUnits { get; } = ["jahr", "annum"];

    public IReadOnlyList<string> LoosePerYearPhrases { get; } = [];

    public IReadOnlyList<string> TimePrepositions { get; } = [];

    public IReadOnlyList<string> DifferenceWords { get; } = ["unterschied", "differenz", "abstand", "luecke", "auseinander"];

    public IReadOnlyList<string> HowMuchPhrases { get; } = ["wie viel", "wie viele", "wieviel", "wieviele"];

    public IReadOnlyList<string> ByHowMuchPhrases { get; } = ["um wie viel", "um wie viele", "um wieviel", "um wieviele"];

    public IReadOnlyList<string> MinusWords { get; } = ["minus"];

    public IReadOnlyList<string> RatioWords { get; } = ["wievielmal", "verhaeltnis", "faktor", "geteilt"];

    // "dreifache", "Wievielfache", "Vielfache".
    public IReadOnlyList<string> RatioSuffixes { get; } = ["fache"];

    public IReadOnlyList<string> RatioPhrases { get; } = ["viel mal", "wieviel mal"];

    // Inflected comparatives and superlatives ("größere", "früheste") come from DegreeStems; these are the rest.
    public IReadOnlyDictionary<string, FigurePreference> PreferenceWords { get; } = new Dictionary<string, FigurePreference>
    {
        ["zweite"] = FigurePreference.Latest, ["zweiten"] = FigurePreference.Latest, ["zweiter"] = FigurePreference.Latest,
        ["letzte"] = FigurePreference.Latest, ["erste"] = FigurePreference.Earliest, ["ersten"] = FigurePreference.Earliest,
        ["erster"] = FigurePreference.Earliest, ["erstes"] = FigurePreference.Earliest,
    };

    public IReadOnlyDictionary<string, FigurePreference> DegreeStems { get; } = new Dictionary<string, FigurePreference>
    {
        ["groesser"] = FigurePreference.Largest, ["groesst"] = FigurePreference.Largest, ["hoeher"] = FigurePreference.Largest,
        ["hoechst"] = FigurePreference.Largest, ["kleiner"] = FigurePreference.Smallest, ["kleinst"] = FigurePreference.Smallest,
        ["niedriger"] = FigurePreference.Smallest, ["niedrigst"] = FigurePreference.Smallest, ["spaeter"] = FigurePreference.Latest,
        ["spaetest"] = FigurePreference.Latest, ["juenger"] = FigurePreference.Latest, ["juengst"] = FigurePreference.Latest,
        ["neuer"] = FigurePreference.Latest, ["neuest"] = FigurePreference.Latest, ["frueher"] = FigurePreference.Earliest,
        ["fruehest"] = FigurePreference.Earliest, ["aelter"] = FigurePreference.Earliest, ["aeltest"] = FigurePreference.Earliest,
    };

    public IReadOnlyList<string> AdjectiveEndings { get; } = ["e", "en", "er", "em", "es"];
}
