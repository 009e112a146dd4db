using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Knowledge;

public class LocalizedTextEqualityTests
{
    private static readonly LocalizedText Text = new([new(Language.German, "a"), new(Language.English, "b")]);

    [Fact]
    public void Operators_CompareTextsNotInstances()
    {
        var same = new LocalizedText([new(Language.German, "a"), new(Language.English, "b")]);
        var other = new LocalizedText([new(Language.German, "a"), new(Language.English, "c")]);

        Assert.True(Text == same);
        Assert.False(Text != same);
        Assert.False(Text == other);
        Assert.True(Text != other);
        Assert.False(Text == null);
        Assert.False(null == Text);
        Assert.True((LocalizedText?)null == null);
    }

    [Fact]
    public void Equals_OtherOrderOrOtherType_IsNotEqual()
    {
        var reversed = new LocalizedText([new(Language.English, "b"), new(Language.German, "a")]);

        Assert.False(Text.Equals(reversed));
        Assert.False(Text.Equals((object)"a"));
        Assert.False(Text.Equals(null));
        Assert.True(Text.Equals((object)Text));
    }

    [Fact]
    public void GetHashCode_DiffersWithTheTexts()
    {
        Assert.NotEqual(Text.GetHashCode(), new LocalizedText([new(Language.German, "a"), new(Language.English, "c")]).GetHashCode());
        Assert.NotEqual(Text.GetHashCode(), new LocalizedText([new(Language.German, "a"), new(new Language("fr"), "b")]).GetHashCode());
    }

    [Fact]
    public void Constructor_LanguageGivenTwice_KeepsItsFirstText()
    {
        var text = new LocalizedText([new(Language.German, "erst"), new(Language.German, "dann"), new(Language.English, "first")]);

        Assert.Equal("erst", text.In(Language.German));
        Assert.Equal([Language.German, Language.English], text.Languages);
    }

    [Fact]
    public void Constructor_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new LocalizedText([new(Language.German, null!)]));
        Assert.Throws<ArgumentNullException>(() => new LocalizedText(null!));
    }

    [Fact]
    public void Has_OnlyLanguagesWithTheirOwnText()
    {
        Assert.True(Text.Has(Language.German));
        Assert.False(Text.Has(new Language("fr")));
    }

    [Fact]
    public void ToString_ListsEachLanguageWithItsText()
    {
        Assert.Equal("de: a, en: b", Text.ToString());
    }
}
