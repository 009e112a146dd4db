using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;
using ChatBot.Core.Languages.Numbers;
using ChatBot.Core.Phrasing;
using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Languages.Numbers;

/// <summary>
/// Every number word of every registered language, in both spellings ("fünf", "fuenf"), is read with its value by
/// every consumer: the quote checker, the ingest figure scanner and the phrasing guard. The cases come from the
/// vocabularies, so a new word is tested the moment it is added.
/// </summary>
public sealed class NumberWordConsumersTests
{
    public static TheoryData<string, string, decimal> Cardinals() => Cases(v => v.Cardinals.Select(p => (p.Key, (decimal)p.Value)));

    public static TheoryData<string, string, decimal> Ordinals() =>
        Cases(v => v.Ordinals.SelectMany(p => v.OrdinalEndings.Select(ending => (p.Key + ending, (decimal)p.Value))));

    public static TheoryData<string, string, decimal> Fractions() => Cases(v => v.Fractions.Select(p => (p.Key, p.Value)));

    public static TheoryData<string, string, decimal> Articles() => Cases(v => v.CountingArticles.Select(a => (a, 1m)));

    public static TheoryData<string, string, decimal> Scales() => Cases(v => v.Scales.Select(p => (p.Key, (decimal)p.Value)));

    [Theory]
    [MemberData(nameof(Cardinals))]
    public void Cardinal_BeforeAScale_IsReadWithItsValueByEveryConsumer(string code, string word, decimal value)
    {
        var (language, vocabulary) = Vocabulary(code);
        var text = $"{word} {BillionWord(vocabulary)} {vocabulary.Currencies.Keys.First()}";

        Assert.Contains(value, FigureInQuote.NumbersIn(text));
        Assert.Equal(value, Assert.Single(FigureScanner.Scan(text, language, null)).Amount.Min);
        Assert.Equal(value, ReplyNumberScanner.Scan(text, language)[0].Value);
    }

    [Theory]
    [MemberData(nameof(Cardinals))]
    public void Cardinal_WithAMultiplierSuffix_IsAMultiple(string code, string word, decimal value)
    {
        var (language, vocabulary) = Vocabulary(code);
        foreach (var suffix in vocabulary.MultiplierSuffixes)
        {
            var text = $"{word}{suffix}";

            Assert.Contains(value, FigureInQuote.NumbersIn(text));
            Assert.Equal(value, ReplyNumberScanner.Scan(text, language)[0].Value);
            if (value != 1)
            {
                // "einmal" is "once", no figure.
                var figure = Assert.Single(FigureScanner.Scan(text + " so viel", language, null)).Amount;
                Assert.Equal((value, Unit.Times), (figure.Min, figure.Unit));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cardinals))]
    public void Unit_JoinedToTens_IsReadAsOneNumberByEveryConsumer(string code, string word, decimal value)
    {
        var (language, vocabulary) = Vocabulary(code);
        if (vocabulary.CompoundJoiner is not { } joiner || value is < 1 or > 9)
        {
            return;
        }

        var unit = vocabulary.CompoundForms.FirstOrDefault(p => p.Value == value).Key ?? word;
        var text = $"{unit}{joiner}{vocabulary.Cardinals.First(p => p.Value == 80).Key} {BillionWord(vocabulary)} {vocabulary.Currencies.Keys.First()}";

        Assert.Contains(80 + value, FigureInQuote.NumbersIn(text));
        Assert.Equal(80 + value, Assert.Single(FigureScanner.Scan(text, language, null)).Amount.Min);
        Assert.Equal(80 + value, ReplyNumberScanner.Scan(text, language)[0].Value);
    }

    [Theory]
    [MemberData(nameof(Ordinals))]
    public void Ordinal_IsReadByTheGuardButIsNoEvidenceForAFigure(string code, string word, decimal value)
    {
        var (language, _) = Vocabulary(code);

        Assert.Equal(value, Assert.Single(ReplyNumberScanner.Scan(word, language)).Value);
        // "im dritten Quartal" states a position, not the figure 3: a quote needs the number itself.
        Assert.DoesNotContain(value, FigureInQuote.NumbersIn(word));
        Assert.Empty(FigureScanner.Scan(word + " %", language, null));
    }

    [Theory]
    [MemberData(nameof(Fractions))]
    public void Fraction_IsReadAsPercentByEveryConsumer(string code, string word, decimal percent)
    {
        var (language, _) = Vocabulary(code);

        Assert.Contains(percent, FigureInQuote.NumbersIn(word));
        var figure = Assert.Single(FigureScanner.Scan(word, language, null)).Amount;
        Assert.Equal((Math.Round(percent, 2), Unit.Percent), (figure.Min, figure.Unit));
        var stated = Assert.Single(ReplyNumberScanner.Scan(word, language));
        Assert.Equal((percent, true), (stated.Value, stated.Percent));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void CountingArticle_CountsOneOnlyBeforeWhatItCounts(string code, string article, decimal one)
    {
        var (language, vocabulary) = Vocabulary(code);
        var counted = $"{article} {BillionWord(vocabulary)} {vocabulary.Currencies.Keys.First()}";

        Assert.Contains(one, FigureInQuote.NumbersIn(counted));
        Assert.Equal(one, Assert.Single(FigureScanner.Scan(counted, language, null)).Amount.Min);
        Assert.Equal(one, ReplyNumberScanner.Scan(counted, language)[0].Value);
        if (!vocabulary.Cardinals.ContainsKey(article))
        {
            // "eine Investition", "a deal": an article alone states no figure.
            Assert.DoesNotContain(one, FigureInQuote.NumbersIn(article + " Investition"));
            Assert.Empty(ReplyNumberScanner.Scan(article + " Investition", language));
        }
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Scale_AfterDigits_GivesItsScaleToTheIngestAndTheGuard(string code, string word, decimal scale)
    {
        var (language, vocabulary) = Vocabulary(code);
        var text = $"5 {word} {vocabulary.Currencies.Keys.First()}";

        Assert.Equal((Scale)scale, Assert.Single(FigureScanner.Scan(text, language, null)).Amount.Scale);
        Assert.Equal((Scale)scale, ReplyNumberScanner.Scan(text, language)[0].Scale);
    }

    [Fact]
    public void Currencies_AfterAnAmount_AreReadByTheIngestAndTheGuard()
    {
        foreach (var language in NumberVocabularies.Default.Languages)
        {
            var vocabulary = NumberVocabularies.Default.For(language);
            foreach (var (name, code) in vocabulary.Currencies)
            {
                var text = $"5 {BillionWord(vocabulary)} {name}";

                Assert.Equal(code, Assert.Single(FigureScanner.Scan(text, language, null)).Amount.Currency);
                Assert.Equal(code, ReplyNumberScanner.Scan(text, language)[0].Currency);
            }
        }
    }

    [Fact]
    public void PercentAndRangeWords_AreReadByTheIngestAndTheGuard()
    {
        foreach (var language in NumberVocabularies.Default.Languages)
        {
            var vocabulary = NumberVocabularies.Default.For(language);
            foreach (var word in vocabulary.PercentWords)
            {
                Assert.Equal(Unit.Percent, Assert.Single(FigureScanner.Scan($"5 {word}", language, null)).Amount.Unit);
                if (!word.Contains(' ', StringComparison.Ordinal))
                {
                    Assert.True(ReplyNumberScanner.Scan($"5 {word}", language)[0].Percent, word);
                }
            }

            var billion = BillionWord(vocabulary);
            var currency = vocabulary.Currencies.Keys.First();
            foreach (var text in vocabulary.RangeWords.Select(word => $"5 {word} 7 {billion} {currency}")
                .Concat(vocabulary.RangeOpeners.SelectMany(opener => vocabulary.RangeJoiners.Select(joiner => $"{opener} 5 {joiner} 7 {billion} {currency}"))))
            {
                var range = Assert.Single(FigureScanner.Scan(text, language, null)).Amount;
                Assert.Equal((5m, 7m), (range.Min, range.Max));
                var bounds = ReplyNumberScanner.Scan(text, language);
                Assert.Equal(bounds[1].Scale, bounds[0].Scale);
            }
        }
    }

    [Fact]
    public void FoldedSpelling_IsReadLikeTheWrittenOne()
    {
        foreach (var language in NumberVocabularies.Default.Languages)
        {
            foreach (var (word, value) in NumberVocabularies.Default.For(language).Cardinals.Where(p => TextFolding.Fold(p.Key) != p.Key.ToLowerInvariant()))
            {
                var folded = TextFolding.Fold(word);

                Assert.Contains(value, FigureInQuote.NumbersIn(folded));
                Assert.True(NumberWordReader.Default.TryCardinal(folded, out var read) && read == value, folded);
            }
        }
    }

    private static (Language Language, INumberVocabulary Vocabulary) Vocabulary(string code) =>
        (new Language(code), NumberVocabularies.Default.For(new Language(code)));

    private static string BillionWord(INumberVocabulary vocabulary) => vocabulary.Scales.First(p => p.Value == Scale.Billion).Key;

    private static TheoryData<string, string, decimal> Cases(Func<INumberVocabulary, IEnumerable<(string Word, decimal Value)>> entries)
    {
        var data = new TheoryData<string, string, decimal>();
        foreach (var language in NumberVocabularies.Default.Languages.OrderBy(l => l.Code, StringComparer.Ordinal))
        {
            foreach (var (word, value) in entries(NumberVocabularies.Default.For(language)))
            {
                data.Add(language.Code, word, value);
                if (TextFolding.Fold(word) != word.ToLowerInvariant())
                {
                    data.Add(language.Code, TextFolding.Fold(word), value);
                }
            }
        }

        return data;
    }
}
