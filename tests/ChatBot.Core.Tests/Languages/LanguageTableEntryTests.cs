using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

public sealed class LanguageTableEntryTests
{
    private static readonly LanguageTable<string> Table = new(Language.English, [new(Language.English, "hello"), new(Language.German, "hallo")]);

    [Fact]
    public void With_LanguageThatHasAnEntry_ReplacesItAndKeepsTheCount()
    {
        var replaced = Table.With(Language.German, "servus");

        Assert.Equal("servus", replaced.For(Language.German));
        Assert.Equal("hallo", Table.For(Language.German));
        Assert.Equal(2, replaced.Languages.Count);
        Assert.Equal(Language.English, replaced.Fallback);
    }

    [Fact]
    public void Has_OnlyLanguagesWithAnEntry()
    {
        Assert.True(Table.Has(Language.English));
        Assert.True(Table.Has(Language.German));
        Assert.False(Table.Has(new Language("fr")));
    }

    [Fact]
    public void Languages_AreTheLanguagesWithAnEntry()
    {
        Assert.True(Table.Languages.ToHashSet().SetEquals([Language.English, Language.German]));
        Assert.Equal(Language.English, Table.Fallback);
    }

    [Fact]
    public void Constructor_FallbackWithoutEntry_NamesTheFallback()
    {
        var error = Assert.Throws<ArgumentException>(() => new LanguageTable<string>(Language.German, [new(Language.English, "hello")]));

        Assert.Equal("fallback", error.ParamName);
        Assert.Contains("'de'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => new LanguageTable<string>(Language.English, null!));
        Assert.Throws<ArgumentNullException>(() => Table.With(Language.German, null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Language_BlankCode_IsRefused(string code)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Language(code));
    }

    [Fact]
    public void Language_FromText_IsTheLanguageOfThatCode()
    {
        Assert.Equal(Language.English, (Language)"EN");
        Assert.Equal("de", Language.German.ToString());
        Assert.Equal("en", Language.English.Code);
    }
}
