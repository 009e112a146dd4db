using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>
/// Whose figure a sentence states, on small invented articles (German and English) against an invented knowledge:
/// groups and joint projects, member lists, joint cues, a company referred back to, contributors and market estimates.
/// </summary>
public sealed class SubjectAttributionTests
{
    private static readonly KnowledgeBase Knowledge = new(
        [],
        [],
        [
            Company("zentix", "Zentix", "Zentix-Chefin"),
            Company("borana", "Borana"),
            Company("kelvo", "Kelvo", "Kelvo-CEO", "Ida Kelvo"),
            new Subject("nordbund", new LocalizedText([new(Language.German, "Nordbund"), new(Language.English, "Nordbund")]), SubjectKind.Group, ["Nordbund", "die drei Nordkonzerne", "the three northern firms"], ["zentix", "borana", "kelvo"]),
            new Subject("lumen", new LocalizedText([new(Language.German, "Lumen"), new(Language.English, "Lumen")]), SubjectKind.Project, ["Lumen", "Projekt Lumen", "Lumen project"], []),
            new Subject("chip-market", new LocalizedText([new(Language.German, "Chipmarkt"), new(Language.English, "chip market")]), SubjectKind.Market, ["Chipmarkt", "chip market"], []),
            new Subject("norland", new LocalizedText([new(Language.German, "Norland"), new(Language.English, "Norland")]), SubjectKind.Country, ["Norland", "Norlands"], []),
            new Subject("fjord-capital", new LocalizedText([new(Language.German, "Fjord Capital"), new(Language.English, "Fjord Capital")]), SubjectKind.Organisation, ["Fjord Capital", "Investmentfirma Fjord Capital"], []),
            new Subject("tech-fair", new LocalizedText([new(Language.German, "Techmesse"), new(Language.English, "tech fair")]), SubjectKind.Event, ["Techmesse in Nordstadt", "tech fair in Nordstadt"], []),
        ],
        [],
        "test");

    [Theory]
    [InlineData("Die drei Nordkonzerne Zentix, Borana und Kelvo wollen 2026 mehr als 90 Milliarden Euro investieren.", "nordbund")]
    [InlineData("The three northern firms Zentix, Borana and Kelvo plan to spend more than €90 billion in 2026.", "nordbund")]
    public void Extract_GroupNamedBeforeFigureWithItsMembers_GroupIsTheSubject(string sentence, string expected) =>
        Assert.Equal(expected, SubjectOf(sentence, 90));

    [Theory]
    [InlineData("Zentix, Kelvo und Borana investieren 2026 zusammen 90 Milliarden Euro.", "nordbund")]
    [InlineData("Zentix, Kelvo and Borana will invest €90 billion in 2026.", "nordbund")]
    public void Extract_AllMembersOfAGroupListed_GroupIsTheSubject(string sentence, string expected) =>
        Assert.Equal(expected, SubjectOf(sentence, 90));

    [Theory]
    [InlineData("Zentix und Borana wollen in den nächsten fünf Jahren 40 Milliarden Euro in Rechenzentren stecken. Das Projekt Lumen soll 2030 fertig sein.", "lumen")]
    [InlineData("Zentix and Borana will put €40 billion into data centres over the next five years. The Lumen project is due in 2030.", "lumen")]
    [InlineData("Zentix investiert gemeinsam mit Borana 40 Milliarden Euro in das Projekt Lumen.", "lumen")]
    [InlineData("Zentix is investing €40 billion in the Lumen project jointly with Borana.", "lumen")]
    public void Extract_PartnersWithAJointProjectNamedNearby_ProjectIsTheSubject(string text, string expected) =>
        Assert.Equal(expected, SubjectOf(text, 40));

    [Theory]
    [InlineData("Zentix will zusammen mit Borana 8 Milliarden Euro in eine neue Fabrik investieren.", "zentix")]
    [InlineData("Zentix will invest €8 billion in a new plant together with Borana.", "zentix")]
    public void Extract_JointCueWithoutKnownProject_FirstNamedPartnerNotTheNearest(string sentence, string expected) =>
        Assert.Equal(expected, SubjectOf(sentence, 8));

    [Theory]
    [InlineData("Zentix wächst schnell. Im März 2026 gab das Unternehmen einen Deal über 7 Milliarden Euro mit einem Partner bekannt, der später als Kelvo bekannt wurde.", "zentix")]
    [InlineData("Zentix is growing fast. In March 2026 the company announced a deal worth €7 billion with a partner later identified as Kelvo.", "zentix")]
    public void Extract_CompanyReferredBack_SubjectOfTheEarlierSentenceNotThePartnerAfterTheFigure(string text, string expected) =>
        Assert.Equal(expected, SubjectOf(text, 7));

    [Theory]
    [InlineData("Norlands Regierung plant Investitionen von 60 Milliarden Euro. 15 Milliarden Euro sollen von der Investmentfirma Fjord Capital stammen.", "norland")]
    [InlineData("Norland plans investments of €60 billion. €15 billion is to come from the investment firm Fjord Capital.", "norland")]
    public void Extract_MoneyComingFromAContributor_RecipientIsTheSubject(string text, string expected) =>
        Assert.Equal(expected, SubjectOf(text, 15));

    [Theory]
    [InlineData("Kelvo-CEO Ida Kelvo schätzt, dass bis 2030 rund 900 Milliarden Dollar in Chips fließen werden.", "chip-market")]
    [InlineData("Kelvo CEO Ida Kelvo estimates that around $900 billion will flow into chips by 2030.", "chip-market")]
    public void Extract_SpeakerEstimatesAMarket_MarketIsTheSubject(string sentence, string expected) =>
        Assert.Equal(expected, SubjectOf(sentence, 900));

    [Theory]
    [InlineData("Norlands Präsident sprach lange. Auf der Techmesse in Nordstadt kündigte er Investitionen von 30 Milliarden Euro an.", "norland")]
    [InlineData("Norland's president spoke at length. At the tech fair in Nordstadt he announced investments of €30 billion.", "norland")]
    public void Extract_PledgeAtAnEvent_SpeakerOfTheEarlierSentenceNotTheEvent(string text, string expected) =>
        Assert.Equal(expected, SubjectOf(text, 30));

    [Theory]
    [InlineData("Kelvo investiert 2026 rund 5 Milliarden Euro in Chips.", "kelvo")]
    [InlineData("Kelvo will invest around €5 billion in chips in 2026.", "kelvo")]
    public void Extract_OneCompanyNamed_ThatCompany(string sentence, string expected) =>
        Assert.Equal(expected, SubjectOf(sentence, 5));

    [Theory]
    [InlineData("Zentix und Borana investieren 2026 jeweils 3 Milliarden Euro.")]
    [InlineData("Zentix and Borana each invest €3 billion in 2026.")]
    public void Extract_TwoCompaniesNoGroupNoProject_NoGroupInvented(string sentence) =>
        Assert.Contains(SubjectOf(sentence, 3), new[] { "zentix", "borana" });

    private static string SubjectOf(string text, decimal figure)
    {
        // One or two sentences are too short to detect their language reliably: the fixtures' own words tell it.
        var english = text.Contains(" the ", StringComparison.Ordinal) || text.Contains(" will ", StringComparison.Ordinal) || text.Contains(" each ", StringComparison.Ordinal);
        var result = ArticleExtractor.Extract(text, new ExtractionOptions("test", Language: english ? Language.English : Language.German), Knowledge);
        return Assert.Single(result.Facts, f => f.Amount.Min == figure).Subject.Id;
    }

    private static Subject Company(string id, string name, params string[] aliases) =>
        new(id, new LocalizedText([new(Language.German, name), new(Language.English, name)]), SubjectKind.Company, [name, .. aliases], []);
}
