using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

public sealed class LocaleLanguagesTests
{
    [Theory]
    [InlineData("de", "de")]
    [InlineData("de-DE", "de")]
    [InlineData("DE-at", "de")]
    [InlineData("de_CH", "de")]
    [InlineData("en-US", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("en", "en")]
    [InlineData(" en-US ", "en")]
    [InlineData("fr", null)]
    [InlineData("pt-BR", null)]
    [InlineData("dex", null)]
    [InlineData("d", null)]
    [InlineData("-", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Find_DefaultTable_NamesRegisteredLanguagesByTagOrShorterForm(string? locale, string? expected) =>
        Assert.Equal(expected, LocaleLanguages.Default.Find(locale)?.Code);

    [Theory]
    [InlineData("fr")]
    [InlineData(null)]
    public void Of_UnknownOrMissingLocale_IsTheFallback(string? locale) =>
        Assert.Equal(Language.English, LocaleLanguages.Default.Of(locale));

    [Fact]
    public void Find_OverlongLocale_IsNull() =>
        Assert.Null(LocaleLanguages.Default.Find("de" + string.Concat(Enumerable.Repeat("-x", 100_000))));

    [Fact]
    public void With_NewLanguage_IsOneRegistrationAndLeavesTheOriginalUnchanged()
    {
        var french = new Language("fr");

        var extended = LocaleLanguages.Default.With("fr", french);

        Assert.Equal(french, extended.Find("fr-CA"));
        Assert.Equal(Language.German, extended.Find("de-DE"));
        Assert.Null(LocaleLanguages.Default.Find("fr-CA"));
    }

    [Fact]
    public void Find_LongerTagRegistered_WinsOverItsShorterForm()
    {
        var swiss = new Language("gsw");

        var table = LocaleLanguages.Default.With("de-CH", swiss);

        Assert.Equal(swiss, table.Find("de_ch"));
        Assert.Equal(Language.German, table.Find("de-AT"));
    }
}
