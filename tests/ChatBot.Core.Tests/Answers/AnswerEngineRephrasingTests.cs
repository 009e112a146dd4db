using ChatBot.Core.Answers;

namespace ChatBot.Core.Tests.Answers;

/// <summary>Answers to questions asked in words no eval set uses (tests/eval/probes.jsonl).</summary>
public class AnswerEngineRephrasingTests
{
    private static readonly AnswerEngine Engine = CuratedKnowledge.Engine();

    [Theory]
    [InlineData("Wer investiert 2025 am meisten, außer Amazon?")]
    [InlineData("who spends most in 2025 apart from amazon")]
    public void Ask_RankingExceptOneCompany_LeavesItOut(string question)
    {
        var answer = Engine.Ask(question);

        Assert.Equal(AnswerKind.Ranking, answer.Kind);
        Assert.DoesNotContain(answer.Facts, f => f.SubjectId == "amazon");
        Assert.Equal("microsoft", answer.Facts[0].SubjectId);
    }

    [Fact]
    public void Ask_NegatedNameBeforeAComma_AnswersOnlyTheOtherName()
    {
        var answer = Engine.Ask("nicht Meta, Amazon 2025?");

        Assert.All(answer.Facts, f => Assert.Equal("amazon", f.SubjectId));
        Assert.Contains(answer.Facts, f => f.Id == "amazon-capex-2025");
    }

    [Fact]
    public void Ask_NegatedNumber_PutsItsFigureLast()
    {
        var answer = Engine.Ask("meta but not the 600 billion one");

        Assert.NotEqual("meta-us-infrastructure-until-2028", answer.Facts[0].Id);
    }

    [Theory]
    [InlineData("Was hat Donald Trump angekündigt?", true)]
    [InlineData("Was hat Trump angekündigt?", true)]
    [InlineData("Was hat Donald Duck angekündigt?", false)]
    public void Ask_NameOfSeveralWords_FindsFactsMentioningAllOfThem(string question, bool found)
    {
        var answer = Engine.Ask(question);

        Assert.Equal(found, answer.Facts.Any(f => f.Id == "stargate-500bn"));
        Assert.Equal(found, answer.Answered);
    }

    [Fact]
    public void Ask_UnknownCompanyOfTwoWords_NamesItWhole()
    {
        var answer = Engine.Ask("Wie viel investiert die Deutsche Telekom 2025 in KI?");
        var text = PlainTextRenderer.Render(answer);

        Assert.False(answer.Answered);
        Assert.Contains("„Deutsche Telekom“", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_PartOfAQuotedGroupTotalWithTheGroupNamed_SaysThePartIsNotStated()
    {
        var answer = Engine.Ask("Wie viel von den 300 Mrd der großen Vier entfällt auf Meta?");

        Assert.False(answer.Answered);
        Assert.Equal("big-four-ai-spending-300bn", Assert.Single(answer.Facts).Id);
    }

    [Fact]
    public void Ask_AddUpSeveralCompanies_ComputesTheirSum()
    {
        var answer = Engine.Ask("add up amazon, microsoft, meta and google for 2025");

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.Contains("315", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_CountOfSomethingNoFactMentions_HasNoFigure()
    {
        var answer = Engine.Ask("Wie viele Mitarbeiter hat Amazon?");

        Assert.False(answer.Answered);
        Assert.Empty(answer.Facts);
        Assert.Contains("„Mitarbeiter“", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many organisations use microsoft's ai tools", "microsoft-ai-tools-organisations")]
    [InlineData("how many organisatons use microsofts ai tools", "microsoft-ai-tools-organisations")]
    public void Ask_CountOfSomethingAFactStatesEvenMisspelt_ShowsThatFact(string question, string factId)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered);
        Assert.Contains(answer.Facts, f => f.Id == factId);
    }

    [Fact]
    public void Ask_GroupWithoutOneMemberTogether_SumsTheOthers()
    {
        var answer = Engine.Ask("die großen Vier ohne Meta 2025 zusammen");

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.DoesNotContain(answer.Facts, f => f.SubjectId == "meta");
        Assert.Contains("255", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_MonthCompounds_ComputeTheRatioOfBothDeals()
    {
        var answer = Engine.Ask("Um welchen Faktor ist Oracles Septemberdeal größer als der Junideal?");

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.Contains("10", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wie viel Prozent der 109 Mrd kommen von Brookfield?", "18")]
    [InlineData("what share of the 109 billion comes from the uae?", "46")]
    public void Ask_ShareOfAQuotedNumber_ComputesItAgainstTheFigureStatingIt(string question, string percent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.Contains(answer.Facts, f => f.Id == "france-ai-investments-109bn");
        Assert.Matches($@"\b{percent}([.,]\d)?\s*%", PlainTextRenderer.Render(answer));
    }

    [Fact]
    public void Ask_ShareOfAQuotedNumberOfAnUnrelatedSubject_ComputesNoShare()
    {
        // Microsoft's figures are not said to be part of the tech giants' 364 billion.
        var answer = Engine.Ask("what share of the 364 billion is Microsoft's");

        Assert.NotEqual(AnswerKind.Computed, answer.Kind);
    }
}
