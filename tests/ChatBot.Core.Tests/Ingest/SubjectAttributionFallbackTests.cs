using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>
/// Whose figure a sentence states when the plain readings do not apply: a group with an outsider named after it,
/// partial member lists, estimates without a market, and subjects found only in earlier sentences or paragraphs.
/// </summary>
public sealed class SubjectAttributionFallbackTests
{
    private static readonly Subject[] Subjects =
    [
        Company("zentix", "Zentix"),
        Company("borana", "Borana"),
        Company("kelvo", "Kelvo"),
        new Subject("nordbund", TestFacts.Text("Nordbund", "Nordbund"), SubjectKind.Group, ["Nordbund"], ["zentix", "borana", "kelvo"]),
        new Subject("fjord", TestFacts.Text("Fjord", "Fjord"), SubjectKind.Organisation, ["Fjord"], []),
        new Subject("chip-market", TestFacts.Text("Chipmarkt", "chip market"), SubjectKind.Market, ["Chipmarkt", "chip market"], []),
        new Subject("techfair", TestFacts.Text("Techmesse", "tech fair"), SubjectKind.Event, ["Techmesse", "tech fair"], []),
    ];

    private static readonly KnowledgeBase Knowledge = new([], [], Subjects, [], "test");

    [Fact]
    public void Locate_GroupThenAnOutsiderBeforeTheFigure_TheOutsiderNotTheGroup()
    {
        Assert.Equal(("fjord", "subject 'fjord' named in the sentence"), Subject("Nordbund und Fjord investieren 90 Mrd. Euro.", 90));
    }

    [Fact]
    public void Locate_GroupThenItsMembersBeforeTheFigure_TheGroup()
    {
        Assert.Equal(("nordbund", "group or project 'nordbund' named before the figure"), Subject("Nordbund mit Zentix und Kelvo investiert 90 Mrd. Euro.", 90));
    }

    [Fact]
    public void Locate_SomeMembersOfAGroupListed_TheNearestNotTheGroup()
    {
        Assert.Equal("borana", Subject("Zentix und Borana investieren 9 Mrd. Euro.", 9).Id);
    }

    [Fact]
    public void Locate_AllMembersListed_TheGroupWithItsReason()
    {
        Assert.Equal(("nordbund", "'nordbund' is exactly the companies named together"), Subject("Zentix, Borana und Kelvo investieren 9 Mrd. Euro.", 9));
    }

    [Fact]
    public void Locate_JointCueWithOnePartnerNamed_ThatPartnerAsTheFirstOfThePartners()
    {
        Assert.Equal(("kelvo", "subject 'kelvo' named first among the partners acting jointly"), Subject("Kelvo investiert gemeinsam mit anderen 9 Mrd. Euro.", 9));
    }

    [Fact]
    public void Locate_JointCueWithTheOnlyPartnerAfterTheFigure_TheNearest()
    {
        Assert.Equal("kelvo", Subject("Gemeinsam fließen 9 Mrd. Euro an Kelvo.", 9).Id);
    }

    [Fact]
    public void Locate_EstimateOfTheOnlyMarketTheKnowledgeHas_ThatMarketEvenIfNotNamed()
    {
        Assert.Equal(("chip-market", "an estimate of the market 'chip-market' by a speaker named in the sentence"), Subject("Kelvo schätzt, dass der Markt 900 Mrd. Euro erreicht.", 900));
    }

    [Fact]
    public void Locate_EstimateWithTheMarketNamedInAnEarlierSentence_ThatMarket()
    {
        Assert.Equal("chip-market", Subject("Der Chipmarkt wächst. Kelvo schätzt, dass der Markt 900 Mrd. Euro erreicht.", 900).Id);
    }

    [Fact]
    public void Locate_EstimateWithTwoMarketsInTheKnowledgeNoneNamed_TheSpeaker()
    {
        var knowledge = new KnowledgeBase([], [], [.. Subjects, new Subject("ai-market", TestFacts.Text("KI-Markt", "AI market"), SubjectKind.Market, ["KI-Markt"], [])], [], "test");

        Assert.Equal("kelvo", Subject("Kelvo schätzt, dass der Markt 900 Mrd. Euro erreicht.", 900, knowledge).Id);
    }

    [Fact]
    public void Locate_AnaphorAtAnEventWithTheActorInThePreviousParagraph_ThatActor()
    {
        Assert.Equal(
            ("zentix", "subject 'zentix' referred back to (named first in an earlier sentence)"),
            Subject("Zentix und Borana wachsen.\nAuf der Techmesse kündigte das Unternehmen 9 Mrd. Euro an.", 9));
    }

    [Fact]
    public void Locate_AnaphorWithoutAnEarlierActor_TheEventAsTheNearest()
    {
        Assert.Equal("techfair", Subject("Auf der Techmesse kündigte das Unternehmen 9 Mrd. Euro an.", 9).Id);
    }

    [Fact]
    public void Locate_SubjectOnlyInTheParagraphBefore_ThatSubject()
    {
        Assert.Equal(("kelvo", "subject 'kelvo' named in the paragraph before"), Subject("Kelvo wächst. Sehr.\nEs fließen 9 Mrd. Euro.", 9));
    }

    [Fact]
    public void Locate_NewOrganisationEarlierInTheParagraph_ProposedAsNew()
    {
        var proposal = Proposal("Die Quarzwerk AG wächst. Es fließen 9 Mrd. Euro.", 9);

        Assert.Equal(("quarzwerk", true), (proposal.Subject.Id, proposal.Subject.IsNew));
        Assert.Equal("'Quarzwerk', named earlier in the paragraph, is not in the knowledge: proposed as a new subject", proposal.Reason.Split("; ")[1]);
    }

    [Fact]
    public void Locate_NewOrganisationInTheParagraphBefore_ProposedAsNew()
    {
        var proposal = Proposal("Die Quarzwerk AG wächst. Sehr.\nEs fließen 9 Mrd. Euro.", 9);

        Assert.Equal(("quarzwerk", true), (proposal.Subject.Id, proposal.Subject.IsNew));
        Assert.Equal("'Quarzwerk', named in the paragraph before, is not in the knowledge: proposed as a new subject", proposal.Reason.Split("; ")[1]);
    }

    [Fact]
    public void Locate_KnownSubjectEarlierBeatsANewOneInTheParagraphBefore()
    {
        Assert.Equal("kelvo", Subject("Die Quarzwerk AG wächst.\nKelvo wächst. Es fließen 9 Mrd. Euro.", 9).Id);
    }

    [Fact]
    public void Locate_ContributorOnly_NotTheSubject()
    {
        Assert.Equal("unknown", Subject("9 Mrd. Euro kommen von Fjord.", 9).Id);
    }

    private static (string Id, string Reason) Subject(string text, decimal figure, KnowledgeBase? knowledge = null)
    {
        var proposal = Proposal(text, figure, knowledge);
        return (proposal.Subject.Id, proposal.Reason.Split("; ")[1]);
    }

    private static FactProposal Proposal(string text, decimal figure, KnowledgeBase? knowledge = null)
    {
        var result = ArticleExtractor.Extract(text, new ExtractionOptions("test", Language: Language.German), knowledge ?? Knowledge);
        return Assert.Single(result.Facts, f => f.Amount.Min == figure);
    }

    private static Subject Company(string id, string name) => new(id, TestFacts.Text(name, name), SubjectKind.Company, [name], []);
}
