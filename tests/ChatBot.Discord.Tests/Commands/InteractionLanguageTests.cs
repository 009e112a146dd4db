using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Tests.Commands;

public sealed class InteractionLanguageTests
{
    [Theory]
    [InlineData("de", "de")]
    [InlineData("en-US", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("fr", "en")]
    [InlineData("zh-CN", "en")]
    [InlineData(null, "en")]
    public void Of_DiscordLocale_IsItsLanguageElseEnglish(string? locale, string expected) =>
        Assert.Equal(expected, InteractionLanguage.Of(new Interaction { Locale = locale }).Code);

    [Theory]
    [InlineData("de", "de")]
    [InlineData("en-US", null)]
    [InlineData("en-GB", null)]
    [InlineData("fr", null)]
    [InlineData(null, null)]
    public void FromLocale_OnlyANonFallbackLanguageDecidesForFreeText(string? locale, string? expected) =>
        Assert.Equal(expected, InteractionLanguage.FromLocale(new Interaction { Locale = locale })?.Code);

    [Fact]
    public void FromLocale_LanguageRegisteredInTheTable_DecidesWithoutCodeChanges()
    {
        var french = new Language("fr");
        var locales = LocaleLanguages.Default.With("fr", french);

        Assert.Equal(french, InteractionLanguage.FromLocale(new Interaction { Locale = "fr" }, locales));
        Assert.Equal(french, InteractionLanguage.Of(new Interaction { Locale = "fr" }, locales));
    }
}
