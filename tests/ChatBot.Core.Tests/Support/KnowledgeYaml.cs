namespace ChatBot.Core.Tests.Support;

/// <summary>A small valid knowledge file for validation tests to break one rule at a time.</summary>
internal static class KnowledgeYaml
{
    /// <summary>Acme's 2025 fact (lines 18–29 after <see cref="Header"/>), without a final line break.</summary>
    public static readonly string ValidFact = AcmeYaml.Acme2025().TrimEnd('\n');

    /// <summary>Sources, topics and subjects (lines 1–17), then the given facts.</summary>
    public static string With(string facts) => Header + facts;

    public static readonly string Header = AcmeYaml.Document(
        AcmeYaml.Source("article-1", "Acme baut aus", "acme.txt"), AcmeYaml.DataCentersTopic, AcmeYaml.Company("acme", "Acme", "[Acme Corp]"), facts: "");
}
