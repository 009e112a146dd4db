using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

public sealed class DraftYamlTests
{
    private static readonly DraftSource Source = new("heise-2025-acme", "Acme baut \"groß\" aus", "heise", new DateOnly(2025, 2, 7), "https://example.org/a?b=1", "heise-2025-acme.txt", "ab12");

    private static readonly SubjectMention Acme = new("acme", "Acme", IsNew: false, 3);

    private static readonly SubjectMention Zentauris = new("zentauris", "Zentauris", IsNew: true, 5);

    [Fact]
    public void Write_Extraction_IsKnowledgeYamlWithEveryFactProposed()
    {
        var extraction = new ExtractionResult(
            Language.German,
            [
                new FactProposal("acme-80bnusd", Acme, FactKind.DataCenters, new Amount(80, 80, Unit.Money, "USD", Scale.Billion, Qualifier.Around),
                    new Period(PeriodKind.FiscalYear, Year: 2025), "Acme plant rund 80 Mrd. US-Dollar.", "money amount;\nsubject 'acme'", 0.95, "acme-capex-2025"),
                new FactProposal("zentauris-39pct", Zentauris, FactKind.Share, new Amount(39, 39, Unit.Percent, null, Scale.One, Qualifier.Exact),
                    Period.Unspecified, "Zentauris hält 39 %.", "percent figure", 0.7, null),
            ],
            [Zentauris],
            3,
            1);

        var yaml = DraftYaml.Write(Source, extraction);

        Assert.Equal(Expected, yaml);
    }

    [Fact]
    public void Write_NoNewSubjectsAndUnknownValues_WritesNullsAndNoSubjectsSection()
    {
        var yaml = DraftYaml.Write(new DraftSource("s", null, null, null, null, "s.txt", "00"), new ExtractionResult(Language.English, [], [], 0, 0));

        Assert.Contains("    title: null\n    publisher: null\n    author: null\n    published: null\n    url: null\n    file: s.txt\n    sha256: 00\n\nfacts:\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("subjects:", yaml, StringComparison.Ordinal);
    }

    private const string Expected = """
        # Draft for source "heise-2025-acme": proposed facts, never served until approved.
        # Review: knowledge approve heise-2025-acme [--only ids | --skip ids], or knowledge reject heise-2025-acme.

        sources:
          - id: heise-2025-acme
            title: "Acme baut \"groß\" aus"
            publisher: "heise"
            author: null
            published: 2025-02-07
            url: "https://example.org/a?b=1"
            file: heise-2025-acme.txt
            sha256: ab12

        subjects:
          - id: zentauris
            name: "Zentauris"
            kind: company
            aliases: ["Zentauris"]
            members: []

        facts:

          # confidence 0.95: DUPLICATE of acme-capex-2025: money amount; subject 'acme'
          - id: acme-80bnusd
            status: proposed
            subject: acme
            kind: data_centers
            topics: []
            amount: { value: 80, currency: USD, scale: billion, qualifier: around }
            period: { fiscal_year: 2025 }
            statement:
              de: "Acme: rund 80 Mrd. US-Dollar (Geschäftsjahr 2025)."
              en: "Acme: around $80 billion (fiscal year 2025)."
            source: heise-2025-acme
            quote: "Acme plant rund 80 Mrd. US-Dollar."

          # confidence 0.70: percent figure
          - id: zentauris-39pct
            status: proposed
            subject: zentauris
            kind: share
            topics: []
            amount: { value: 39, unit: percent }
            statement:
              de: "Zentauris: 39 %."
              en: "Zentauris: 39%."
            source: heise-2025-acme
            quote: "Zentauris hält 39 %."

        """;
}
