namespace ChatBot.Core.Understanding;

/// <summary>The chat-command forms a question may start with ("/pledge microsoft", "compare amazon meta").</summary>
internal static class CommandWords
{
    public static QueryIntent? IntentOf(string firstToken) => firstToken switch
    {
        "pledge" or "pledges" or "figures" or "zahlen" => QueryIntent.Figures,
        "compare" or "vergleiche" or "vergleich" => QueryIntent.Compare,
        "top" or "ranking" or "rangliste" => QueryIntent.Rank,
        "total" or "sum" or "summe" => QueryIntent.Total,
        "sources" or "quellen" => QueryIntent.Sources,
        "help" or "hilfe" => QueryIntent.Help,
        "companies" or "subjects" or "unternehmen" => QueryIntent.Subjects,
        _ => null,
    };
}
