using ChatBot.Core.Phrasing;

namespace ChatBot.Core.Tests.Phrasing;

public sealed class NumberFoldingTests
{
    [Theory]
    [InlineData("Fünf", "fuenf")]
    [InlineData("ÄÖÜ äöü ß", "aeoeue aeoeue ss")]
    [InlineData("fu\u0308nf", "fuenf")]
    [InlineData("60\u201065\u201166\u201267\u201368\u201469\u221270", "60-65-66-67-68-69-70")]
    [InlineData("ÉCOLE Ñ", "école ñ")]
    [InlineData("AZ az @[`{", "az az @[`{")]
    [InlineData("", "")]
    public void Fold_Text_IsLowerCaseWithUmlautsSpelledOutAndPlainDashes(string text, string folded)
    {
        Assert.Equal(folded, NumberFolding.Fold(text));
    }
}
