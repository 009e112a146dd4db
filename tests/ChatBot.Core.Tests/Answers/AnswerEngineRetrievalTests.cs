using ChatBot.Core.Answers;

namespace ChatBot.Core.Tests.Answers;

/// <summary>Questions answered by wording, numbers, relations and loosely said periods rather than by a subject alone.</summary>
public class AnswerEngineRetrievalTests
{
    private static readonly AnswerEngine Engine = CuratedKnowledge.Engine();

    [Theory]
    [InlineData("Was hat Trump im Januar angekündigt?", "stargate-500bn")]
    [InlineData("Wie viel Geld kommt aus Kanada?", "france-ai-investments-brookfield")]
    [InlineData("What did the Financial Times report about data centres?", "meta-datacenters-ft")]
    public void Ask_NameOnlyInArticleSentences_FindsFactsMentioningIt(string question, string factId)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered);
        Assert.Contains(answer.Facts, f => f.Id == factId);
    }

    [Fact]
    public void Ask_UnknownInvestorWhoseNameAppearsInArticles_StillNoFigure()
    {
        var answer = Engine.Ask("Wie viel investiert China in KI?");

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
        Assert.Empty(answer.Facts);
    }

    [Theory]
    [InlineData("Welche Quelle nennt die 109 Milliarden?", "france-ai-investments-109bn")]
    [InlineData("Where does the 500 billion figure come from?", "stargate-500bn")]
    [InlineData("who said 3 to 4 trillion?", "ai-infrastructure-estimate-huang")]
    [InlineData("wo steht das mit den 16 bis 18 milliarden?", "alphabet-ai-investment-2025-q1")]
    [InlineData("where is the 109 billion stated?", "france-ai-investments-109bn")]
    [InlineData("Wer schätzt 3 bis 4 Billionen?", "ai-infrastructure-estimate-huang")]
    [InlineData("Wer hat die 109 Mrd. angekündigt?", "france-ai-investments-109bn")]
    [InlineData("who announced the 600bn?", "meta-us-infrastructure-until-2028")]
    public void Ask_SourceOfQuotedNumber_ShowsFactWithQuote(string question, string factId)
    {
        var answer = Engine.Ask(question);

        var item = Assert.Single(answer.Sections[0].Items);
        Assert.Equal(factId, item.Facts[0].Id);
        Assert.True(item.ShowQuotes);
    }

    [Theory]
    [InlineData("How much of the 364bn is Microsoft's?", "tech-giants-combined-ai-spending-364bn", "no separate figure for Microsoft")]
    [InlineData("Wie viel von den 300 Mrd. entfällt auf Amazon?", "big-four-ai-spending-300bn", "Eine eigene Zahl für den Anteil von Amazon")]
    [InlineData("Wie viel von den 500 Mrd. zahlt SoftBank?", "stargate-500bn", "Anteil von SoftBank")]
    [InlineData("softbank's part of the 500 billion", "stargate-500bn", "SoftBank's own share")]
    public void Ask_SubjectsPartOfQuotedWhole_SaysItIsNotKnownAndShowsTheWhole(string question, string wholeId, string lead)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered);
        Assert.Equal(wholeId, Assert.Single(answer.Facts).Id);
        Assert.Contains(lead, PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Amazon 100 billion?")]
    [InlineData("Where does Meta's 600 billion come from?")]
    [InlineData("Microsoft 1 Mrd OpenAI 2019")]
    public void Ask_QuotedNumberIsSubjectsOwn_IsAnswered(string question)
    {
        Assert.True(Engine.Ask(question).Answered);
    }

    [Fact]
    public void Ask_SourceOfNumberNoFactStates_NeverInventsOne()
    {
        var answer = Engine.Ask("Where does the 777 billion figure come from?");

        Assert.DoesNotContain("777", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ThisYearWithoutFigureForCurrentYear_AnswersWithLatestAndSaysSo()
    {
        var answer = Engine.Ask("How much is Google putting into AI this year?");

        Assert.True(answer.Answered);
        Assert.Equal("I have no figure for Alphabet for that period yet; here are the latest figures.", answer.Lead[0]);
        Assert.Equal("alphabet-ai-investment-2025", answer.Sections[0].Items[0].Facts[0].Id);
    }

    [Fact]
    public void Ask_NextYearWithoutFigure_IsNotAnsweredAndNamesTheYear()
    {
        var answer = Engine.Ask("Wie viel investiert Amazon im nächsten Jahr?");

        Assert.False(answer.Answered);
        Assert.Contains("2027", answer.Lead[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_EndOfDecade_FindsEstimate()
    {
        var answer = Engine.Ask("What is the investment outlook until the end of the decade?");

        Assert.Contains(answer.Facts, f => f.Id == "ai-infrastructure-estimate-huang");
    }

    [Fact]
    public void Ask_Worldwide2024_AnswersWithMarketFigure()
    {
        var answer = Engine.Ask("Wie viel wurde 2024 weltweit in KI investiert?");

        Assert.Equal("ai-market-investments-2024", answer.Sections[0].Items[0].Facts[0].Id);
    }

    [Fact]
    public void Ask_CompanyWorldwide_MarketAliasDoesNotMakeItAComparison()
    {
        var answer = Engine.Ask("Wie viel investiert Microsoft weltweit?");

        Assert.Equal("microsoft", Assert.Single(answer.Query.Subjects).Id);
    }

    [Fact]
    public void Ask_PartnersOfJointProject_FindsProject()
    {
        var answer = Engine.Ask("Wie viel investieren OpenAI, SoftBank und Oracle?");

        Assert.Equal("stargate-500bn", answer.Sections[0].Items[0].Facts[0].Id);
    }

    [Fact]
    public void Ask_TwoMembersOfGroupTogether_SumsTheirOwnFigures()
    {
        var answer = Engine.Ask("Meta und Microsoft zusammen 2025");

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.True(answer.Answered);
    }

    [Fact]
    public void Ask_YearWithoutSubject_ListsThatYearsFigures()
    {
        var answer = Engine.Ask("Was wurde 2024 investiert?");

        Assert.Contains(answer.Facts, f => f.Id == "amazon-capex-2024");
        Assert.Contains(answer.Facts, f => f.Id == "ai-market-investments-2024");
        Assert.All(answer.Facts, f => Assert.Equal(2024, f.Period.Year));
    }

    [Fact]
    public void Ask_SubjectWithPlaceMentionedInItsSentences_NarrowsToThoseFigures()
    {
        var answer = Engine.Ask("Wie viel investiert Microsoft in Afrika?");

        Assert.Equal("microsoft-ai-infrastructure-countries", answer.Sections[0].Items[0].Facts[0].Id);
    }

    [Theory]
    [InlineData("Wie groß sind Microsofts neue Servercluster?", "microsoft-server-clusters-vs-mai-1")]
    [InlineData("Wie viele Länder erreicht Microsoft?", "microsoft-ai-infrastructure-countries")]
    [InlineData("Wie viel investiert Microsoft in KI-Infrastruktur?", "microsoft-fy2025-ai-datacenters-002")]
    public void Ask_DistinctiveWords_PutMatchingFigureFirst(string question, string firstFactId)
    {
        var answer = Engine.Ask(question);

        Assert.Equal(firstFactId, answer.Sections[0].Items[0].Facts[0].Id);
    }

    [Fact]
    public void Ask_LowercaseWordFoundInOneSentence_DoesNotHideOtherFigures()
    {
        var answer = Engine.Ask("Welche Deals hat Oracle abgeschlossen?");

        Assert.Equal(2, answer.Sections[0].Items.Count);
    }

    [Fact]
    public void Ask_LongestAliasWins_OverShorterAliasInside()
    {
        var answer = Engine.Ask("Wie viel investieren die vier großen US-Techkonzerne?");

        Assert.Equal("big-four", Assert.Single(answer.Query.Subjects).Id);
        Assert.Empty(answer.Query.Topics);
    }

    [Fact]
    public void Ask_RankGroup_RanksOnlyItsMembers()
    {
        var answer = Engine.Ask("Rank the big four by AI spending");

        Assert.Equal(AnswerKind.Ranking, answer.Kind);
        Assert.All(answer.Sections[0].Items, item => Assert.Contains(item.Facts[0].SubjectId, new[] { "amazon", "alphabet", "meta", "microsoft" }));
    }

    [Fact]
    public void Ask_WordsInsideSubjectName_AreNotIntentCues()
    {
        var answer = Engine.Ask("How much will the four largest tech firms spend by end of 2026?");

        Assert.Equal(AnswerKind.Figures, answer.Kind);
        Assert.Equal("big-four-spending-until-2026", answer.Sections[0].Items[0].Facts[0].Id);
    }

    [Fact]
    public void Ask_MonthWithoutFigure_ShowsWholeYearSaysSoAndIsNotAnswered()
    {
        var answer = Engine.Ask("What did Microsoft announce in January 2025?");

        Assert.False(answer.Answered);
        Assert.StartsWith("I have no separate figure for Microsoft for January 2025", answer.Lead[0], StringComparison.Ordinal);
        Assert.Equal(FactKindOf("microsoft-fy2025-ai-datacenters-000"), answer.Sections[0].Items[0].Facts[0].Kind);
    }

    [Fact]
    public void Ask_TopicWithUnknownVerb_AnswersTopic()
    {
        var answer = Engine.Ask("When was the AI Act passed?");

        Assert.Equal("eu-ai-act-in-force", answer.Sections[0].Items[0].Facts[0].Id);
    }

    [Fact]
    public void Ask_LowercaseUnknownInvestorWithTopic_StillNoFigure()
    {
        var answer = Engine.Ask("wie viel investiert intel in rechenzentren");

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
    }

    private static Core.Knowledge.FactKind FactKindOf(string id) => CuratedKnowledge.Knowledge.FindFact(id)!.Kind;
}
