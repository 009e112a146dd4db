using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Loading;

public class AnnouncedReaderTests
{
    [Theory]
    [InlineData("2025-01", PeriodKind.Month, 2025, 1, null)]
    [InlineData("\"2025-06\"", PeriodKind.Month, 2025, 6, null)]
    [InlineData("2025-12", PeriodKind.Month, 2025, 12, null)]
    [InlineData("2024-08-01", PeriodKind.Date, 2024, null, "2024-08-01")]
    [InlineData("'2025-02-04'", PeriodKind.Date, 2025, null, "2025-02-04")]
    [InlineData("2024-02-29", PeriodKind.Date, 2024, null, "2024-02-29")]
    public void Load_ValidAnnounced_IsReadAsMonthOrDate(string value, PeriodKind kind, int year, int? month, string? date)
    {
        var result = KnowledgeLoader.Load(WithAnnounced(value), "k.yaml");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var announced = Assert.Single(result.Knowledge!.Facts).Announced;
        Assert.NotNull(announced);
        Assert.Equal(kind, announced.Kind);
        Assert.Equal(year, announced.Year);
        if (month is not null)
        {
            Assert.Equal(month, announced.Part);
        }

        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), announced.Date);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("~")]
    public void Load_NullAnnounced_IsAbsent(string value)
    {
        var result = KnowledgeLoader.Load(WithAnnounced(value), "k.yaml");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Null(Assert.Single(result.Knowledge!.Facts).Announced);
    }

    [Fact]
    public void Load_FactWithoutAnnounced_HasNoAnnouncedDate()
    {
        var result = KnowledgeLoader.Load(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "k.yaml");

        Assert.Null(Assert.Single(result.Knowledge!.Facts).Announced);
    }

    [Theory]
    [InlineData("2025", "YYYY-MM-DD or a month YYYY-MM")]
    [InlineData("Januar 2025", "YYYY-MM-DD or a month YYYY-MM")]
    [InlineData("January 2025", "YYYY-MM-DD or a month YYYY-MM")]
    [InlineData("2025-13", "YYYY-MM-DD or a month YYYY-MM")]
    [InlineData("2025-1", "YYYY-MM-DD or a month YYYY-MM")]
    [InlineData("2025-02-30", "YYYY-MM-DD or a month YYYY-MM")]
    [InlineData("2025-01-5", "YYYY-MM-DD or a month YYYY-MM")]
    [InlineData("25-01", "YYYY-MM-DD or a month YYYY-MM")]
    [InlineData("01.2025", "YYYY-MM-DD or a month YYYY-MM")]
    [InlineData("1985-01", "year from 1990 to 2100")]
    [InlineData("2101-01-01", "year from 1990 to 2100")]
    [InlineData("[2025, 1]", "must be a single value")]
    public void Load_InvalidAnnounced_ReportsFileLineAndFact(string value, string message)
    {
        var yaml = WithAnnounced(value);

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("k.yaml", error.File);
        Assert.Equal("acme-2025", error.FactId);
        Assert.InRange(error.Line, LineOf(yaml, "- id: acme-2025"), LineOf(yaml, "announced:"));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static string WithAnnounced(string value) => KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace(
        "    period: { year: 2025 }\n", $"    period: {{ year: 2025 }}\n    announced: {value}\n", StringComparison.Ordinal));

    private static int LineOf(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{fragment}' not in the test YAML");
        return text[..index].Count(c => c == '\n') + 1;
    }
}
