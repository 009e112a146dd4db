using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

public sealed class LanguageTableTests
{
    private static readonly LanguageTable<string> Table = new(Language.English, [new(Language.English, "hello"), new(Language.German, "hallo")]);

    [Fact]
    public void For_KnownLanguage_ReturnsItsEntry() => Assert.Equal("hallo", Table.For(Language.German));

    [Fact]
    public void For_LanguageWithoutEntry_ReturnsTheFallback() => Assert.Equal("hello", Table.For(new Language("fr")));

    [Fact]
    public void With_NewLanguage_AddsItAndLeavesTheOriginalUnchanged()
    {
        var french = new Language("fr");

        var extended = Table.With(french, "bonjour");

        Assert.Equal("bonjour", extended.For(french));
        Assert.Equal("hallo", extended.For(Language.German));
        Assert.False(Table.Has(french));
        Assert.Equal(3, extended.Languages.Count);
    }

    [Fact]
    public void Constructor_FallbackWithoutEntry_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new LanguageTable<string>(Language.German, [new(Language.English, "hello")]));

    [Fact]
    public void Language_Code_IsNormalisedToLowerCase() => Assert.Equal(Language.German, new Language("DE"));
}
