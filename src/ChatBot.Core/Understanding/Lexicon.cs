using System.Collections.Frozen;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Folded (lower case, umlauts spelled out) words the question parser knows. Words that are neither here,
/// nor a subject alias, nor a topic term are candidates for names the knowledge does not cover.
/// </summary>
internal static class Lexicon
{
    public static readonly FrozenSet<string> GermanMarkers = Set(
        "wie", "viel", "viele", "wieviel", "welche", "welcher", "welches", "wer", "was", "wann", "wo", "woher", "warum",
        "investiert", "investieren", "investierte", "investition", "investitionen", "und", "oder", "der", "die", "das",
        "den", "dem", "des", "ist", "sind", "hat", "haben", "mehr", "im", "am", "fuer", "von", "zu", "zum", "zur", "mit",
        "bis", "geschaeftsjahr", "zusammen", "vergleich", "vergleiche", "quelle", "quellen", "ein", "eine", "einen",
        "nicht", "auf", "plant", "planen", "wird", "werden", "gibt", "ausgaben", "milliarden", "jahr", "jahres",
        "rechenzentren", "ki", "kuenstliche", "intelligenz", "meisten", "insgesamt", "ich", "du", "mir", "sag", "sage",
        "bitte", "auch", "noch", "schon", "aus", "ueber", "gegenueber", "dieses", "diesem", "letztes", "naechstes",
        "quartal", "stammt", "zahl", "zahlen", "betrag", "hoehe", "gibst", "kannst", "steckt", "stecken", "will", "wollen",
        "erster", "erste", "ersten", "erstes", "zweite", "zweiten", "groesste", "groessere", "nach", "halbjahr", "jahreshaelfte",
        "anteil", "davon", "seit", "wurde", "kommen", "kommt", "bleibt", "sondern", "nur", "ganze", "pro", "welchen", "bitte",
        "gegenueber", "als", "um", "steigt", "waechst", "mal", "rest", "vom", "beim", "dass", "kein", "keine", "laut");

    public static readonly FrozenSet<string> EnglishMarkers = Set(
        "how", "much", "many", "what", "which", "who", "whom", "when", "where", "why", "is", "are", "does", "do", "did",
        "the", "and", "or", "of", "for", "invest", "invests", "investing", "invested", "investment", "investments",
        "spend", "spends", "spending", "spent", "year", "compare", "between", "more", "most", "billion", "billions",
        "will", "plan", "plans", "planned", "ai", "to", "from", "with", "by", "source", "sources", "than", "versus",
        "together", "combined", "total", "this", "that", "last", "next", "quarter", "fiscal", "data", "centers",
        "centres", "figure", "figures", "please", "tell", "me", "you", "show", "give", "about", "on", "into", "its",
        "their", "has", "have", "biggest", "largest", "announce", "announced", "say", "says", "said", "pledge",
        "pls", "plz", "quick", "whats", "bigger", "larger", "times", "share", "left", "per", "much", "someone", "but",
        "not", "just", "only", "whole", "earlier", "later", "first", "second", "put", "putting", "own", "its", "did");

    /// <summary>Ordinary question words of both languages that never name a subject.</summary>
    public static readonly FrozenSet<string> CommonWords = Set(
        // German function words and question vocabulary
        "wie", "viel", "viele", "vielen", "wieviel", "wieviele", "welche", "welcher", "welches", "welchen", "welchem",
        "wer", "wen", "wem", "wessen", "was", "wann", "wo", "woher", "wohin", "warum", "weshalb", "wozu", "womit",
        "und", "oder", "aber", "sowie", "bzw", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
        "einem", "einer", "eines", "kein", "keine", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden",
        "hat", "haben", "hatte", "hatten", "habe", "hast", "kann", "kannst", "koennen", "soll", "sollen", "will",
        "wollen", "willst", "moechte", "mag", "im", "in", "am", "an", "auf", "aus", "bei", "bis", "durch", "fuer",
        "gegen", "mit", "nach", "seit", "ueber", "um", "unter", "von", "vor", "zu", "zum", "zur", "zwischen", "als",
        "auch", "noch", "schon", "nur", "etwa", "rund", "ca", "circa", "mehr", "weniger", "meisten", "am", "denn",
        "dann", "da", "so", "sehr", "ganz", "gibt", "gib", "gibst", "geben", "sag", "sage", "sagen", "zeig", "zeige",
        "zeigen", "nenn", "nenne", "nennen", "bitte", "danke", "mal", "ich", "du", "er", "sie", "es", "wir", "ihr",
        "mir", "mich", "dir", "dich", "uns", "euch", "ihm", "ihn", "ihnen", "sein", "seine", "seinen", "seiner",
        "ihre", "ihren", "ihrer", "dies", "diese", "dieser", "dieses", "diesem", "diesen", "jene", "alle", "allen",
        "aller", "alles", "jeder", "jede", "jedes", "andere", "anderen", "insgesamt", "zusammen", "gesamt", "jeweils",
        "dort", "hier", "jetzt", "heute", "aktuell", "derzeit", "momentan", "bisher", "bislang", "laut", "gemaess",
        "nicht", "nichts", "man", "sich", "selbst", "einmal", "wirklich", "genau", "ungefaehr", "letztes", "letzten",
        "naechstes", "naechsten", "kommendes", "kommenden", "vergangenes", "vergangenen", "laufenden", "heuer",
        "erste", "ersten", "erstes", "zweite", "zweiten", "dritte", "dritten", "vierte", "vierten",
        // German domain vocabulary
        "investiert", "investieren", "investierte", "investierten", "investition", "investitionen", "investitions",
        "investiere", "investor", "investoren", "ausgaben", "ausgeben", "gibt", "steckt", "stecken", "steckte",
        "pumpt", "pumpen", "fliesst", "fliessen", "plant", "planen", "plante", "plan", "plaene", "geplant", "vorhaben",
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
        "darin", "damit", "zahlt", "zahlen", "kostet", "kosten", "hoch", "hohe", "hohen", "hoeher", "gross",
        "grosse", "grossen", "neu", "neue", "neuen", "wichtig", "insbesondere", "vor", "allem", "etwa", "welt",
        // English function words and question vocabulary
        "how", "much", "many", "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "is", "are",
        "was", "were", "be", "been", "being", "does", "do", "did", "done", "doing", "the", "a", "an", "and", "or",
        "but", "of", "for", "in", "on", "at", "to", "from", "with", "by", "into", "onto", "about", "over", "under",
        "between", "than", "as", "this", "that", "these", "those", "it", "its", "their", "theirs", "they", "them",
        "he", "she", "his", "her", "we", "our", "you", "your", "me", "my", "i", "will", "would", "shall", "should",
        "can", "could", "may", "might", "must", "has", "have", "had", "having", "not", "no", "any", "all", "each",
        "every", "both", "other", "more", "most", "less", "least", "so", "far", "up", "out", "there", "here", "now",
        "today", "currently", "current", "please", "tell", "show", "give", "list", "say", "says", "said", "let",
        "know", "there", "just", "also", "only", "around", "about", "approximately", "roughly", "last", "next",
        "previous", "coming", "this", "year", "years", "yearly", "annual", "annually", "first", "second", "third",
        "fourth", "quarter", "half", "month", "fiscal", "fy", "calendar", "s", "re", "ll", "ve", "d", "t",
        // English domain vocabulary
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
        "huge", "who's", "according", "ask", "ignore", "ignoriere", "ignorier", "previous", "instruction",
        "instructions", "anweisung", "anweisungen", "vorherigen", "forget", "vergiss", "pretend", "system", "prompt",
        "everything", "anything", "something", "nothing", "alles", "etwas", "respond", "reply", "answer", "write",
        "schreib", "schreibe", "antworte", "behaupte", "claim", "state", "stated", "true", "false", "wahr", "falsch",
        "okay", "ok", "yes", "no", "ja", "nein", "bot", "chatbot", "kraft", "trat", "tritt", "getreten",
        "inkrafttreten", "gilt", "galt", "enter", "entered", "enters", "force", "effect", "took", "take", "takes",
        "until", "end", "ende", "decade", "jahrzehnt", "jahrzehnts", "outlook", "ausblick", "expected", "erwartet",
        "bisher", "soweit", "overall", "insgesamt", "also", "sowie", "zusaetzlich", "additional", "further", "weitere", "hi", "hello", "hey", "hallo", "moin", "servus", "thanks", "thank",
        // calculation and scope vocabulary
        "faktor", "factor", "minus", "plus", "mal", "times", "ratio", "verhaeltnis", "differenz", "gap", "abstand", "rest",
        "restliche", "restlichen", "restliches", "uebrig", "verbleibt", "remaining", "remains", "left", "durchschnitt",
        "durchschnittlich", "schnitt", "average", "jaehrlich", "annually", "yearly", "per", "pro", "je", "prozent",
        "percentage", "anteil", "anteils", "proportion", "fraction", "jahresbudget", "gesamtbudget", "budget", "whole",
        "ganze", "ganzes", "gesamte", "full", "entire", "earlier", "later", "bigger", "larger", "smaller", "groessere",
        "kleinere", "spaetere", "fruehere", "erster", "zweiter", "someone", "jemand", "meinte", "said", "sagte",
        "pls", "plz", "quick", "steigt", "waechst", "increase", "grow", "grows", "rise", "sondern", "statt", "ohne");

    /// <summary>Words too general to tell one figure from another ("wie", "investiert", "Geld").</summary>
    public static readonly FrozenSet<string> NonKeywords = Set(
        "wie", "viel", "viele", "wieviel", "welche", "welcher", "welches", "welchen", "wer", "was", "wann", "woher",
        "warum", "und", "oder", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "ist",
        "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "soll", "sollen", "will",
        "wollen", "kann", "fuer", "mit", "nach", "von", "zum", "zur", "ueber", "auch", "noch", "schon", "nur", "mehr",
        "sich", "seine", "seinen", "ihre", "ihren", "diese", "dieser", "dieses", "alle", "gibt", "geben", "gib", "bitte",
        "investiert", "investieren", "investierte", "investition", "investitionen", "ausgaben", "ausgeben", "geld",
        "plant", "planen", "summe", "betrag", "hoehe", "zahl", "zahlen", "milliarden", "dollar", "euro", "jahr", "jahre",
        "kuenstliche", "intelligenz", "unternehmen", "firma", "konzern", "aktuell", "insgesamt", "zusammen", "etwa",
        "rund", "what", "which", "when", "where", "does", "will", "would", "with", "from", "into", "about", "that",
        "this", "these", "those", "their", "they", "have", "been", "much", "many", "more", "most", "than", "invest",
        "invests", "investing", "invested", "investment", "investments", "spend", "spends", "spending", "spent",
        "plan", "plans", "planned", "money", "billion", "billions", "dollars", "euros", "year", "years", "artificial",
        "intelligence", "company", "companies", "total", "figure", "figures", "please", "tell", "show", "give");

    /// <summary>Words next to which an unknown name is the one investing ("investiert Intel", "Intel's").</summary>
    public static readonly FrozenSet<string> ActorCues = Set(
        "investiert", "investieren", "investierte", "investierten", "invest", "invests", "investing", "invested",
        "spend", "spends", "spending", "spent", "gibt", "geben", "gab", "plant", "planen", "plans", "planning",
        "does", "did", "will", "has", "have", "is", "von", "of", "s", "steckt", "stecken", "pumpt");

    public static readonly FrozenSet<string> CompareCues = Set(
        "vergleich", "vergleiche", "vergleichen", "vergleichst", "verglichen", "compare", "compared", "comparison",
        "vs", "versus", "gegenueber", "unterschied", "difference", "oder", "or", "mehr", "more", "weniger", "less");

    public static readonly FrozenSet<string> TotalCues = Set(
        "zusammen", "insgesamt", "gesamt", "gesamtsumme", "summe", "together", "combined", "total", "sum", "altogether",
        "addiert", "add", "gemeinsam", "zusammengerechnet", "zusammengenommen", "kombiniert", "summiert", "cumulative", "kumuliert");

    public static readonly FrozenSet<string> RankCues = Set(
        "meisten", "most", "top", "ranking", "rangliste", "rank", "groesste", "groessten", "groesster", "groesstes",
        "biggest", "largest", "highest", "hoechste", "hoechsten", "spitze", "fuehrt", "leads", "leader", "vorne");

    public static readonly FrozenSet<string> AscendingCues = Set(
        "wenigsten", "least", "smallest", "lowest", "kleinste", "kleinsten", "niedrigste", "niedrigsten", "fewest");

    public static readonly FrozenSet<string> SourceCues = Set(
        "quelle", "quellen", "source", "sources", "woher", "beleg", "belege", "zitat", "zitate", "quote", "quotes",
        "citation", "citations", "cite", "herkunft", "stammt", "stammen", "origin", "artikel", "article", "articles");

    /// <summary>Nouns that introduce an organisation's name ("Musks Firma xAI", "his company X").</summary>
    public static readonly FrozenSet<string> OrganisationWords = Set(
        "firma", "unternehmen", "startup", "start", "company", "firm", "tochter", "tochterfirma", "subsidiary", "venture", "lab", "labor",
        "stiftung", "foundation", "fonds", "fund", "initiative");

    public static readonly FrozenSet<string> HelpCues = Set("help", "hilfe", "befehle", "commands", "usage", "anleitung");

    public static readonly FrozenSet<string> GreetingWords = Set(
        "hi", "hallo", "hello", "hey", "moin", "servus", "gruezi", "guten", "tag", "morgen", "abend", "good",
        "morning", "evening", "danke", "thanks", "thank", "you", "dir", "schoen", "vielen", "bot", "chatbot");

    public static readonly FrozenSet<string> SubjectListCues = Set(
        "unternehmen", "firmen", "companies", "konzerne", "subjects", "firms");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
