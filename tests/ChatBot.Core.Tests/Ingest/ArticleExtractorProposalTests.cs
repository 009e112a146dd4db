using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>
/// The details of each proposal on small invented articles: its id, confidence and reason, duplicates of known
/// facts, the article's currency and periods carried over to back references.
/// </summary>
public sealed class ArticleExtractorProposalTests
{
    private static readonly KnowledgeBase Knowledge = new(
        [],
        [],
        [Company("acme", "Acme"), Company("beta", "Beta")],
        [
            TestFacts.Fact(id: "acme-3tnusd", subject: "acme", amount: TestFacts.Money(3, scale: Scale.Trillion)),
            TestFacts.Fact(id: "beta-10bnusd", subject: "beta", amount: TestFacts.Money(10)),
            TestFacts.Fact(id: "beta-10countries", subject: "beta", amount: new Amount(10, 10, Unit.Countries, null, Scale.One, Qualifier.Exact)),
            TestFacts.Fact(id: "beta-note", subject: "beta", kind: FactKind.Note),
        ],
        "test");

    [Theory]
    [InlineData("Acme will invest $80 billion in 2025.", "acme-80bnusd")]
    [InlineData("Acme will invest $2.5 billion in 2025.", "acme-2-5bnusd")]
    [InlineData("Acme will invest $60-65 billion in 2025.", "acme-60-65bnusd")]
    [InlineData("Acme will invest $40 million in 2025.", "acme-40musd")]
    [InlineData("Acme will invest $5 thousand in 2025.", "acme-5kusd")]
    [InlineData("Acme will invest $500 in 2025.", "acme-500usd")]
    [InlineData("Acme will invest €2 trillion in 2025.", "acme-2tneur")]
    [InlineData("Acme grew by 39% in 2025.", "acme-39pct")]
    [InlineData("Acme is active in 30 countries.", "acme-30countries")]
    // An id the knowledge already has is not taken again.
    [InlineData("Acme will invest $3 trillion in 2025.", "acme-3tnusd-2")]
    public void Extract_Figure_IdFromSubjectFigureScaleAndCurrency(string sentence, string id)
    {
        var proposal = Assert.Single(Extract(sentence).Facts);

        Assert.Equal(id, proposal.Id);
    }

    [Fact]
    public void Extract_SameIdTwice_NumbersTheSecondAndThird()
    {
        var result = Extract("Acme will invest $80 billion in 2025. Acme will invest $80 billion in 2026. Acme will invest $80 billion in 2027.");

        Assert.Equal(["acme-80bnusd", "acme-80bnusd-2", "acme-80bnusd-3"], result.Facts.Select(f => f.Id));
    }

    [Fact]
    public void Extract_SameFigureSubjectAndPeriodTwice_IsProposedOnce()
    {
        var result = Extract("Acme will invest $80 billion in 2025.\nAs said, Acme plans to put $80 billion into AI in 2025.");

        var proposal = Assert.Single(result.Facts);
        Assert.Equal("Acme will invest $80 billion in 2025.", proposal.Quote);
    }

    [Theory]
    [InlineData("Beta will invest $10 billion in 2025.", "beta-10bnusd")]
    [InlineData("Beta is active in 10 countries.", "beta-10countries")]
    [InlineData("Acme will invest $3 trillion in 2025.", "acme-3tnusd")]
    [InlineData("Beta will invest $10 million in 2025.", null)]
    [InlineData("Beta will invest €10 billion in 2025.", null)]
    [InlineData("Beta will invest $10-12 billion in 2025.", null)]
    [InlineData("Beta will invest $9-10 billion in 2025.", null)]
    [InlineData("Beta will invest $11 billion in 2025.", null)]
    [InlineData("Beta grew by 10% in 2025.", null)]
    [InlineData("Acme will invest $10 billion in 2025.", null)]
    public void Extract_FigureTheKnowledgeHasForTheSubject_IsMarkedAsItsDuplicate(string sentence, string? duplicate)
    {
        var proposal = Assert.Single(Extract(sentence).Facts);

        Assert.Equal(duplicate, proposal.DuplicateOf);
        Assert.Equal(duplicate is not null, proposal.Reason.EndsWith($"; repeats fact '{duplicate}'", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_WithoutKnowledge_ProposesNewSubjectsAndNoDuplicates()
    {
        var result = ArticleExtractor.Extract("Die Zentauris AG zahlt 2025 rund 5 Mrd. Euro.", new ExtractionOptions("test", Language: Language.German), null);

        var proposal = Assert.Single(result.Facts);
        Assert.Equal(("zentauris", true, null), (proposal.Subject.Id, proposal.Subject.IsNew, proposal.DuplicateOf));
    }

    public static TheoryData<string, double, string> Readings => new()
    {
        // Subject named in the sentence (+0.25), a period (+0.1), the currency written (+0.1).
        { "Acme will invest $80 billion in 2025.", 0.95, "money amount; subject 'acme' named in the sentence; period year" },
        { "Acme will invest $80 billion.", 0.85, "money amount; subject 'acme' named in the sentence; no period stated" },
        { "Acme is active in 30 countries.", 0.85, "countries figure; subject 'acme' named in the sentence; no period stated" },
        // Subject of an earlier sentence (+0.1).
        { "Acme is growing. It will invest $80 billion.", 0.7, "money amount; subject 'acme' named earlier in the paragraph; no period stated" },
        // A new subject (+0).
        { "Die Zentauris AG will invest $80 billion in 2025.", 0.7, "money amount; 'Zentauris' is not in the knowledge: proposed as a new subject; period year" },
        // No subject at all (-0.3), currency only assumed (-0.2): clamped to 0.05.
        { "It will cost 80 billion.\nAcme will invest $5 billion.", 0.05, "money amount (currency USD assumed from the article); no subject found: set one before approving; no period stated" },
        { "It will cost 80 billion.", 0.05, "money amount (currency unknown assumed from the article); no subject found: set one before approving; no period stated" },
        { "Acme is growing. It will cost 80 billion.\nAcme will invest $5 billion.", 0.4, "money amount (currency USD assumed from the article); subject 'acme' named earlier in the paragraph; no period stated" },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void Extract_Figure_ConfidenceAndReasonSayHowItWasRead(string text, double confidence, string reason)
    {
        var proposal = Extract(text).Facts[0];

        Assert.Equal((confidence, reason), (proposal.Confidence, proposal.Reason));
    }

    [Fact]
    public void Extract_AmountWithoutCurrency_TakesTheArticlesCommonestCurrency()
    {
        var result = Extract("Acme will invest €5 billion. Acme will also invest €6 billion. Beta will invest $7 billion.\nThen it will cost 80 billion. It grew 10%.");

        Assert.Equal("EUR", Assert.Single(result.Facts, f => f.Amount.Min == 80).Amount.Currency);
        Assert.Null(Assert.Single(result.Facts, f => f.Amount.Unit == Unit.Percent).Amount.Currency);
    }

    [Fact]
    public void Extract_BackReferenceWithoutPeriod_TakesThePeriodOfTheLastFigureThatHadOne()
    {
        var result = Extract("Acme will invest $80 billion in 2025. Beta is active in 30 countries. Of this, $20 billion goes to data centres. Beta will spend $7 billion.");

        Assert.Equal(new Period(PeriodKind.Year, 2025), Assert.Single(result.Facts, f => f.Amount.Min == 20).Period);
        Assert.Equal(PeriodKind.Unspecified, Assert.Single(result.Facts, f => f.Amount.Min == 30).Period.Kind);
        Assert.Equal(PeriodKind.Unspecified, Assert.Single(result.Facts, f => f.Amount.Min == 7).Period.Kind);
    }

    [Fact]
    public void Extract_BackReferenceBeforeAnyPeriod_StaysWithoutPeriod()
    {
        var result = Extract("Acme will invest $80 billion. Of this, $20 billion goes to data centres.");

        Assert.All(result.Facts, f => Assert.Equal(PeriodKind.Unspecified, f.Period.Kind));
    }

    [Fact]
    public void Extract_NewSubjectWithTwoFigures_IsProposedOnce()
    {
        var result = Extract("Die Zentauris AG will invest $5 billion. Die Zentauris AG will invest $7 billion.");

        Assert.Equal(2, result.Facts.Count);
        Assert.Equal(["zentauris"], result.NewSubjects.Select(s => s.Id));
    }

    [Fact]
    public void Extract_KnownSubjectsOnly_ProposesNoNewSubjects()
    {
        Assert.Empty(Extract("Acme will invest $5 billion.").NewSubjects);
    }

    [Fact]
    public void Extract_RepeatedAndBlankLines_AreCountedApart()
    {
        var result = Extract("Acme grows.\n\n   \nAcme grows.\nBeta grows.\r\nBeta grows.\n");

        Assert.Equal((2, 2), (result.Paragraphs, result.RepeatedParagraphs));
    }

    [Fact]
    public void Extract_Figure_QuoteIsItsSentenceAndKindIsClassified()
    {
        var proposal = Assert.Single(Extract("Acme is growing. Acme will spend $5 billion on data centres in 2025. Beta waits.").Facts);

        Assert.Equal(("Acme will spend $5 billion on data centres in 2025.", FactKind.DataCenters), (proposal.Quote, proposal.Kind));
        Assert.Equal(new Amount(5, 5, Unit.Money, "USD", Scale.Billion, Qualifier.Exact), proposal.Amount);
    }

    private static ExtractionResult Extract(string text) =>
        ArticleExtractor.Extract(text, new ExtractionOptions("test", Language: Language.English), Knowledge);

    private static Subject Company(string id, string name) => new(id, TestFacts.Text(name, name), SubjectKind.Company, [name], []);
}
