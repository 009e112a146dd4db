using ChatBot.Core.Languages.Numbers;

namespace ChatBot.Core.Tests.Languages.Numbers;

/// <summary>
/// The number words as they stand, written out: removing or changing an entry of a language's vocabulary fails a case
/// here, where the data-driven consumer tests would silently lose it.
/// </summary>
public sealed class NumberWordReaderTests
{
    private static readonly NumberWordReader Reader = NumberWordReader.Default;

    [Theory]
    [InlineData("de", "null", 0)]
    [InlineData("de", "eins", 1)]
    [InlineData("de", "zwei", 2)]
    [InlineData("de", "drei", 3)]
    [InlineData("de", "vier", 4)]
    [InlineData("de", "fünf", 5)]
    [InlineData("de", "sechs", 6)]
    [InlineData("de", "sieben", 7)]
    [InlineData("de", "acht", 8)]
    [InlineData("de", "neun", 9)]
    [InlineData("de", "zehn", 10)]
    [InlineData("de", "elf", 11)]
    [InlineData("de", "zwölf", 12)]
    [InlineData("de", "dreizehn", 13)]
    [InlineData("de", "vierzehn", 14)]
    [InlineData("de", "fünfzehn", 15)]
    [InlineData("de", "sechzehn", 16)]
    [InlineData("de", "siebzehn", 17)]
    [InlineData("de", "achtzehn", 18)]
    [InlineData("de", "neunzehn", 19)]
    [InlineData("de", "zwanzig", 20)]
    [InlineData("de", "dreißig", 30)]
    [InlineData("de", "vierzig", 40)]
    [InlineData("de", "fünfzig", 50)]
    [InlineData("de", "sechzig", 60)]
    [InlineData("de", "siebzig", 70)]
    [InlineData("de", "achtzig", 80)]
    [InlineData("de", "neunzig", 90)]
    [InlineData("de", "hundert", 100)]
    [InlineData("de", "tausend", 1000)]
    [InlineData("de", "Dutzend", 12)]
    [InlineData("en", "zero", 0)]
    [InlineData("en", "one", 1)]
    [InlineData("en", "two", 2)]
    [InlineData("en", "three", 3)]
    [InlineData("en", "four", 4)]
    [InlineData("en", "five", 5)]
    [InlineData("en", "six", 6)]
    [InlineData("en", "seven", 7)]
    [InlineData("en", "eight", 8)]
    [InlineData("en", "nine", 9)]
    [InlineData("en", "ten", 10)]
    [InlineData("en", "eleven", 11)]
    [InlineData("en", "twelve", 12)]
    [InlineData("en", "thirteen", 13)]
    [InlineData("en", "fourteen", 14)]
    [InlineData("en", "fifteen", 15)]
    [InlineData("en", "sixteen", 16)]
    [InlineData("en", "seventeen", 17)]
    [InlineData("en", "eighteen", 18)]
    [InlineData("en", "nineteen", 19)]
    [InlineData("en", "twenty", 20)]
    [InlineData("en", "thirty", 30)]
    [InlineData("en", "forty", 40)]
    [InlineData("en", "fifty", 50)]
    [InlineData("en", "sixty", 60)]
    [InlineData("en", "seventy", 70)]
    [InlineData("en", "eighty", 80)]
    [InlineData("en", "ninety", 90)]
    [InlineData("en", "hundred", 100)]
    [InlineData("en", "thousand", 1000)]
    [InlineData("en", "dozen", 12)]
    public void TryCardinal_EveryCardinal_ReadsItsValue(string code, string word, int value)
    {
        Assert.Equal(value, NumberVocabularies.Default.For(new(code)).Cardinals[word]);
        Assert.True(Reader.TryCardinal(ChatBot.Core.Text.TextFolding.Fold(word), out var read));
        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData("zweiundachtzig", 82)]
    [InlineData("einundzwanzig", 21)]
    [InlineData("zweihundertachtzig", 280)]
    [InlineData("dreitausendzweihundert", 3200)]
    [InlineData("einhundert", 100)]
    [InlineData("eintausend", 1000)]
    [InlineData("hundertfuenfzig", 150)]
    [InlineData("sechsmal", 6)]
    [InlineData("zehnfach", 10)]
    [InlineData("zehnfachen", 10)]
    [InlineData("dreifache", 3)]
    public void TryCardinal_CompoundsAndMultiples_AreRead(string word, int value)
    {
        Assert.True(Reader.TryCardinal(word, out var read));
        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData("ein")]
    [InlineData("einmal")]
    [InlineData("undzwanzig")]
    [InlineData("nullundzwanzig")]
    [InlineData("zweiundzwoelf")]
    [InlineData("einsatz")]
    [InlineData("achtung")]
    [InlineData("mal")]
    public void TryCardinal_NoNumber_IsRefused(string word)
    {
        Assert.False(Reader.TryCardinal(word, out _));
    }

    [Theory]
    [InlineData("erste", 1)]
    [InlineData("ersten", 1)]
    [InlineData("zweiter", 2)]
    [InlineData("drittes", 3)]
    [InlineData("viertem", 4)]
    [InlineData("fuenfte", 5)]
    [InlineData("sechsten", 6)]
    [InlineData("siebte", 7)]
    [InlineData("achten", 8)]
    [InlineData("neunte", 9)]
    [InlineData("zehnten", 10)]
    [InlineData("elfte", 11)]
    [InlineData("zwoelften", 12)]
    [InlineData("first", 1)]
    [InlineData("second", 2)]
    [InlineData("third", 3)]
    [InlineData("fourth", 4)]
    [InlineData("fifth", 5)]
    [InlineData("sixth", 6)]
    [InlineData("seventh", 7)]
    [InlineData("eighth", 8)]
    [InlineData("ninth", 9)]
    [InlineData("tenth", 10)]
    [InlineData("eleventh", 11)]
    [InlineData("twelfth", 12)]
    public void TryOrdinal_EveryOrdinal_ReadsItsValue(string word, int value)
    {
        Assert.True(Reader.TryOrdinal(word, out var read));
        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData("haelfte", 50)]
    [InlineData("viertel", 25)]
    [InlineData("half", 50)]
    [InlineData("quarters", 25)]
    public void TryFraction_EveryShare_ReadsItsPercent(string word, int percent)
    {
        Assert.True(Reader.TryFraction(word, out var read));
        Assert.Equal(percent, read);
    }

    [Theory]
    [InlineData("drittel")]
    [InlineData("thirds")]
    public void TryFraction_Thirds_AreAThirdOfAHundred(string word)
    {
        Assert.True(Reader.TryFraction(word, out var read));
        Assert.Equal(100m / 3, read);
    }

    [Theory]
    [InlineData("third", 33.33)]
    [InlineData("quarter", 25)]
    public void TryArticleFraction_ShareAfterAnArticle_ReadsItsPercent(string word, double percent)
    {
        Assert.False(Reader.TryFraction(word, out _));
        Assert.True(Reader.TryArticleFraction(word, out var read));
        Assert.Equal((decimal)percent, Math.Round(read, 2));
    }

    [Theory]
    [InlineData("ein")]
    [InlineData("eine")]
    [InlineData("einer")]
    [InlineData("einen")]
    [InlineData("einem")]
    [InlineData("eines")]
    [InlineData("a")]
    [InlineData("an")]
    [InlineData("one")]
    public void IsCountingArticle_EveryArticle_IsOne(string word)
    {
        Assert.True(Reader.IsCountingArticle(word));
    }

    [Theory]
    [InlineData("tsd", "de", ChatBot.Core.Knowledge.Scale.Thousand)]
    [InlineData("tausend", "de", ChatBot.Core.Knowledge.Scale.Thousand)]
    [InlineData("mio", "de", ChatBot.Core.Knowledge.Scale.Million)]
    [InlineData("million", "de", ChatBot.Core.Knowledge.Scale.Million)]
    [InlineData("millionen", "de", ChatBot.Core.Knowledge.Scale.Million)]
    [InlineData("mrd", "de", ChatBot.Core.Knowledge.Scale.Billion)]
    [InlineData("milliarde", "de", ChatBot.Core.Knowledge.Scale.Billion)]
    [InlineData("milliarden", "de", ChatBot.Core.Knowledge.Scale.Billion)]
    [InlineData("billion", "de", ChatBot.Core.Knowledge.Scale.Trillion)]
    [InlineData("billionen", "de", ChatBot.Core.Knowledge.Scale.Trillion)]
    [InlineData("trillionen", "de", ChatBot.Core.Knowledge.Scale.Trillion)]
    [InlineData("thousand", "en", ChatBot.Core.Knowledge.Scale.Thousand)]
    [InlineData("thousands", "en", ChatBot.Core.Knowledge.Scale.Thousand)]
    [InlineData("million", "en", ChatBot.Core.Knowledge.Scale.Million)]
    [InlineData("millions", "en", ChatBot.Core.Knowledge.Scale.Million)]
    [InlineData("mn", "en", ChatBot.Core.Knowledge.Scale.Million)]
    [InlineData("billion", "en", ChatBot.Core.Knowledge.Scale.Billion)]
    [InlineData("billions", "en", ChatBot.Core.Knowledge.Scale.Billion)]
    [InlineData("bn", "en", ChatBot.Core.Knowledge.Scale.Billion)]
    [InlineData("bln", "en", ChatBot.Core.Knowledge.Scale.Billion)]
    [InlineData("trillion", "en", ChatBot.Core.Knowledge.Scale.Trillion)]
    [InlineData("trillions", "en", ChatBot.Core.Knowledge.Scale.Trillion)]
    [InlineData("tn", "en", ChatBot.Core.Knowledge.Scale.Trillion)]
    [InlineData("mrd", "en", ChatBot.Core.Knowledge.Scale.Billion)]
    [InlineData("bn", "de", ChatBot.Core.Knowledge.Scale.Billion)]
    public void ScaleOf_EveryScaleWord_ReadsItsScaleInTheLanguageFirst(string word, string code, ChatBot.Core.Knowledge.Scale scale)
    {
        Assert.Equal(scale, Reader.ScaleOf(word, new(code)));
    }

    [Fact]
    public void ScaleOf_LowerCaseInALanguageThatCapitalisesNouns_IsTheForeignWord()
    {
        Assert.Equal(ChatBot.Core.Knowledge.Scale.Billion, Reader.ScaleOf("billion", new("de"), lowerCase: true));
    }

    [Theory]
    [InlineData("us-dollar", "USD")]
    [InlineData("us-dollars", "USD")]
    [InlineData("dollar", "USD")]
    [InlineData("dollars", "USD")]
    [InlineData("dollarn", "USD")]
    [InlineData("euro", "EUR")]
    [InlineData("euros", "EUR")]
    [InlineData("pfund", "GBP")]
    [InlineData("pound", "GBP")]
    [InlineData("pounds", "GBP")]
    [InlineData("franken", "CHF")]
    [InlineData("francs", "CHF")]
    [InlineData("yen", "JPY")]
    [InlineData("yuan", "CNY")]
    [InlineData("renminbi", "CNY")]
    [InlineData("$", "USD")]
    [InlineData("US$", "USD")]
    [InlineData("€", "EUR")]
    [InlineData("£", "GBP")]
    [InlineData("¥", "JPY")]
    [InlineData("usd", "USD")]
    [InlineData("chf", "CHF")]
    [InlineData("cny", "CNY")]
    public void CurrencyOf_EveryCurrency_ReadsItsCode(string word, string code)
    {
        Assert.Equal(code, Reader.CurrencyOf(word));
    }

    [Fact]
    public void Reader_PseudoLanguageRegistered_ReadsItsWordsWithoutCodeChanges()
    {
        var pseudo = new ChatBot.Core.Knowledge.Language("xx");
        var reader = new NumberWordReader(NumberVocabularies.Default.With(pseudo, new PseudoNumberWords()));

        Assert.True(reader.TryCardinal("zork", out var five));
        Assert.Equal(5, five);
        Assert.True(reader.TryCardinal("zorkblatflum", out var compound));
        Assert.Equal(5 * 100 + 20, compound);
        Assert.Equal(ChatBot.Core.Knowledge.Scale.Billion, reader.ScaleOf("gigu", pseudo));
        Assert.False(NumberWordReader.Default.TryCardinal("zork", out _));
    }
}
