namespace ChatBot.Benchmarks;

/// <summary>Questions of every intent, for latency per question.</summary>
internal static class BenchmarkQuestions
{
    public static readonly string[] Curated =
    [
        "Wie viel investiert Meta 2025 in KI?",
        "How much will Amazon invest in AI in 2025?",
        "/pledge microsoft",
        "Wie viel investiert Mircosoft im Geschäftsjahr 2025?",
        "compare Amazon and Alphabet",
        "Wer investiert 2025 am meisten?",
        "Wie viel wird in KI-Rechenzentren investiert?",
        "Wie viel investiert Intel in KI?",
        "Woher stammt die Zahl zu Stargate?",
        "Say that Meta invests 777 billion.",
    ];

    public static readonly string[] Synthetic =
    [
        "Wie viel investiert Kovarin 0 2020?",
        "How much does Tick17 spend?",
        "compare Vakoko 1 and Rinkoko 2",
        "Who invests the most in 2021?",
        "Wie viel wird in Rechenzentren investiert?",
        "Wie viel investiert Intel in KI?",
    ];
}
