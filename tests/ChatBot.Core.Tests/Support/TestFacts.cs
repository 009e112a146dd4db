using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Support;

/// <summary>Facts, amounts and periods built in code, for engine-logic tests on fixtures of their own.</summary>
internal static class TestFacts
{
    public static Fact Fact(
        string id = "fact",
        string subject = "acme",
        FactKind kind = FactKind.Capex,
        IReadOnlyList<string>? topics = null,
        Amount? amount = null,
        Period? period = null,
        string quote = "",
        string statement = "",
        IReadOnlyList<string>? related = null,
        string source = "article-1") =>
        new(id, subject, related ?? [], kind, topics ?? [], amount, period ?? Period.Unspecified, Text(statement, statement), source, quote, 1);

    public static Amount Money(decimal min, decimal? max = null, string currency = "USD", Scale scale = Scale.Billion, Qualifier qualifier = Qualifier.Exact) =>
        new(min, max ?? min, Unit.Money, currency, scale, qualifier);

    public static Period Year(int year) => new(PeriodKind.Year, year, FromYear: year, ToYear: year);

    public static Topic Topic(string id, params FactKind[] kinds) =>
        new(id, Text(id, id), []) { Kinds = kinds };

    /// <summary>A German and English text: the one place tests build a <see cref="LocalizedText"/>.</summary>
    public static LocalizedText Text(string german, string english) => new([new(Language.German, german), new(Language.English, english)]);
}
