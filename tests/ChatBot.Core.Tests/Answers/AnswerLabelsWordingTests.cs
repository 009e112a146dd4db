using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Answers;

/// <summary>The labels platforms put around an answer come from the answer's language.</summary>
public sealed class AnswerLabelsWordingTests
{
    [Theory]
    [InlineData("de", "Hinweis", "Herausgeber nicht angegeben", "ohne Titel")]
    [InlineData("en", "Note", "publisher not stated", "untitled")]
    [InlineData("fr", "Note", "publisher not stated", "untitled")]
    public void Labels_PerLanguage_NoteUnknownPublisherAndUntitled(string code, string note, string publisher, string untitled)
    {
        var language = new Language(code);

        Assert.Equal(note, AnswerLabels.Note(language));
        Assert.Equal(publisher, AnswerLabels.PublisherUnknown(language));
        Assert.Equal(untitled, AnswerLabels.Untitled(language));
    }

    [Fact]
    public void SourceLine_GermanTitled_GermanQuotationMarks() =>
        Assert.Equal("„Acme baut aus“ – Example Times", AnswerLabels.SourceLine(new Source("s", "Acme baut aus", "Example Times", null, null, null, null), Language.German));

    [Fact]
    public void CurrencyName_PerLanguage() =>
        Assert.Equal(("US-Dollar", "US dollars"), (FigureFormatter.CurrencyName("USD", Language.German), FigureFormatter.CurrencyName("USD", Language.English)));
}
