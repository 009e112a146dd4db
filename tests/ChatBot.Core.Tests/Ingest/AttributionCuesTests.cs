using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>The cue words of subject attribution, each on its own, as whole words only.</summary>
public sealed class AttributionCuesTests
{
    private static readonly Subject Fjord = new("fjord", TestFacts.Text("Fjord", "Fjord"), SubjectKind.Organisation, ["Fjord"], []);

    [Theory]
    [InlineData("Über die Hälfte dieser Summe bleibt hier.")]
    [InlineData("Ein Teil dieser Ausgaben bleibt hier.")]
    [InlineData("Die Hälfte dieses Betrags bleibt hier.")]
    [InlineData("Ein Drittel dieser Investitionen bleibt hier.")]
    [InlineData("Davon bleibt die Hälfte hier.")]
    [InlineData("Half this sum stays here.")]
    [InlineData("Half this amount stays here.")]
    [InlineData("Half of this stays here.")]
    [InlineData("Half of that stays here.")]
    [InlineData("Ten billion, of which half stays here.")]
    [InlineData("Half this spending stays here.")]
    [InlineData("Half of these investments stay here.")]
    public void RefersToEarlierFigure_BackReference_IsTrue(string sentence)
    {
        Assert.True(AttributionCues.RefersToEarlierFigure(sentence));
    }

    [Theory]
    [InlineData("Die Summe steigt.")]
    [InlineData("Davonlaufen hilft nicht.")]
    [InlineData("Half of thistle stays here.")]
    public void RefersToEarlierFigure_NoBackReference_IsFalse(string sentence)
    {
        Assert.False(AttributionCues.RefersToEarlierFigure(sentence));
    }

    [Theory]
    [InlineData("Sie investieren gemeinsam.")]
    [InlineData("Sie investieren zusammen.")]
    [InlineData("Ein Konsortium investiert.")]
    [InlineData("Ein Gemeinschaftsunternehmen investiert.")]
    [InlineData("A joint venture invests.")]
    [InlineData("They invest jointly.")]
    [InlineData("They invest together.")]
    [InlineData("A consortium invests.")]
    public void HasJointCue_JointWord_IsTrue(string sentence)
    {
        Assert.True(AttributionCues.HasJointCue(sentence));
    }

    [Theory]
    [InlineData("Sie investieren einzeln.")]
    [InlineData("They invest jointless.")]
    public void HasJointCue_NoJointWord_IsFalse(string sentence)
    {
        Assert.False(AttributionCues.HasJointCue(sentence));
    }

    [Theory]
    [InlineData("Im Juni gab das Unternehmen bekannt")]
    [InlineData("Im Juni gab der Konzern bekannt")]
    [InlineData("Im Juni gab die Firma bekannt")]
    [InlineData("Im Juni gab der Tech-Konzern bekannt")]
    [InlineData("Im Juni gab der Techkonzern bekannt")]
    [InlineData("Im Juni gab er bekannt")]
    [InlineData("In June the company announced")]
    [InlineData("In June the firm announced")]
    [InlineData("In June the tech giant announced")]
    [InlineData("In June the group announced")]
    [InlineData("In June he announced")]
    [InlineData("In June she announced")]
    public void HasAnaphor_CompanyReferredBack_IsTrue(string textBeforeFigure)
    {
        Assert.True(AttributionCues.HasAnaphor(textBeforeFigure));
    }

    [Theory]
    [InlineData("Im Juni gab Zentix bekannt")]
    [InlineData("In June their firmware announced")]
    public void HasAnaphor_NoReference_IsFalse(string textBeforeFigure)
    {
        Assert.False(AttributionCues.HasAnaphor(textBeforeFigure));
    }

    [Theory]
    [InlineData("15 Mrd. sollen von Fjord stammen.")]
    [InlineData("15 Mrd. kommen vom Fonds Fjord.")]
    [InlineData("15 Mrd. kommt aus dem Fonds Fjord.")]
    [InlineData("15 Mrd. fließen aus dem Fonds Fjord.")]
    [InlineData("15 Mrd. fließt aus dem Fonds Fjord.")]
    [InlineData("$15bn is to come from Fjord.")]
    [InlineData("$15bn comes from the fund Fjord.")]
    [InlineData("$15bn is coming from the fund Fjord.")]
    [InlineData("$15bn will flow from the fund Fjord.")]
    [InlineData("$15bn flows from the fund Fjord.")]
    [InlineData("$15bn is provided by, and also from, Fjord.")]
    public void IsContributor_MoneyComingFromTheMention_IsTrue(string sentence)
    {
        Assert.True(AttributionCues.IsContributor(sentence, MentionOfFjord(sentence)));
    }

    [Theory]
    // No verb of coming or flowing.
    [InlineData("15 Mrd. investiert Zentix zusammen mit Fjord.")]
    // "von" five words before the mention.
    [InlineData("15 Mrd. kommen von einem sehr großen Fonds Fjord.")]
    // "from" after the mention.
    [InlineData("Fjord says $15bn comes from elsewhere.")]
    public void IsContributor_NotWhereMoneyComesFrom_IsFalse(string sentence)
    {
        Assert.False(AttributionCues.IsContributor(sentence, MentionOfFjord(sentence)));
    }

    [Fact]
    public void IsContributor_FromFourWordsBefore_IsTrue()
    {
        const string sentence = "15 Mrd. kommen von einem großen Fonds Fjord.";

        Assert.True(AttributionCues.IsContributor(sentence, MentionOfFjord(sentence)));
    }

    [Theory]
    [InlineData("Fjord schätzt, dass es wächst.")]
    [InlineData("Fjord-Chefs schätzen, dass es wächst.")]
    [InlineData("Fjord prognostiziert Wachstum.")]
    [InlineData("Fjord erwartet Wachstum.")]
    [InlineData("Fjord rechnet mit Wachstum.")]
    [InlineData("Fjord estimates growth.")]
    [InlineData("Fjord estimated growth.")]
    [InlineData("Fjord expects growth.")]
    [InlineData("Fjord forecasts growth.")]
    [InlineData("Fjord predicts growth.")]
    [InlineData("Fjord projects growth.")]
    [InlineData("Fjord boss Ida expects growth.")]
    public void IsSpeaker_SpeakingVerbWithinThreeWords_IsTrue(string sentence)
    {
        Assert.True(AttributionCues.IsSpeaker(sentence, MentionOfFjord(sentence)));
    }

    [Theory]
    [InlineData("Fjord boss Ida Berg expects growth.")]
    [InlineData("Fjord invests, analysts expect growth.")]
    [InlineData("Analysts expect Fjord to grow.")]
    public void IsSpeaker_NoSpeakingVerbRightAfter_IsFalse(string sentence)
    {
        Assert.False(AttributionCues.IsSpeaker(sentence, MentionOfFjord(sentence)));
    }

    private static KnownMention MentionOfFjord(string sentence)
    {
        var start = sentence.IndexOf("Fjord", StringComparison.Ordinal);
        return new KnownMention(Fjord, start, start + "Fjord".Length);
    }
}
