using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge;

public class LocalizedTextTests
{
    private static readonly Language French = new("fr");

    [Fact]
    public void In_LanguageWithText_ReturnsItsText()
    {
        var text = new LocalizedText([new(Language.German, "Rechenzentren"), new(Language.English, "data centres"), new(French, "centres de données")]);

        Assert.Equal("Rechenzentren", text.In(Language.German));
        Assert.Equal("centres de données", text.In(French));
    }

    [Fact]
    public void In_LanguageWithoutText_FallsBackToEnglish()
    {
        var text = new LocalizedText([new(Language.German, "Rechenzentren"), new(Language.English, "data centres")]);

        Assert.Equal("data centres", text.In(French));
    }

    [Fact]
    public void In_NeitherLanguageNorEnglish_ReturnsFirstText()
    {
        var text = new LocalizedText([new(French, "centres de données"), new(Language.German, "Rechenzentren")]);

        Assert.Equal("centres de données", text.In(Language.English));
    }

    [Fact]
    public void Texts_SameTextInTwoLanguages_ListedOnce()
    {
        var text = new LocalizedText([new(Language.German, "Stargate"), new(Language.English, "Stargate")]);

        Assert.Equal(["Stargate"], text.Texts);
        Assert.Equal([Language.German, Language.English], text.Languages);
    }

    [Fact]
    public void Equals_SameTextsInSameOrder_EqualWithSameHash()
    {
        var a = new LocalizedText([new(Language.German, "a"), new(Language.English, "b")]);
        var b = new LocalizedText([new(Language.German, "a"), new(Language.English, "b")]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new LocalizedText([new(Language.German, "a"), new(Language.English, "c")]));
    }

    [Fact]
    public void Constructor_NoText_Throws() =>
        Assert.Throws<ArgumentException>(() => new LocalizedText([]));

    [Fact]
    public void Load_StatementWithoutEnglish_SaysGermanAndEnglishAreRequired()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace("      en: Acme invests around $12 billion in 2025.\n", "", StringComparison.Ordinal));

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Contains("missing the required field 'en' (German and English are required for now)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StatementInUnregisteredLanguage_ReportsUnknownKey()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace("      en: Acme invests around $12 billion in 2025.\n", "      en: Acme invests around $12 billion in 2025.\n      xx: pseudo\n", StringComparison.Ordinal));

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Contains("unknown key 'xx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Statement_KeyedByLanguageCode()
    {
        var fact = Assert.Single(KnowledgeLoader.Load(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "k.yaml").Knowledge!.Facts);

        Assert.Equal([Language.German, Language.English], fact.Statement.Languages);
        Assert.Equal("Acme invests around $12 billion in 2025.", fact.Statement.In(Language.English));
    }
}
