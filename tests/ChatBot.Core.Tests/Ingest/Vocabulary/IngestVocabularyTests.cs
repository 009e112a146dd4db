using ChatBot.Core.Ingest;
using ChatBot.Core.Ingest.Vocabulary;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages.Numbers;

namespace ChatBot.Core.Tests.Ingest.Vocabulary;

/// <summary>
/// Every word of every registered language's ingest vocabulary does its job in the extractor; the cases come from the
/// vocabularies, so a new word is tested the moment it is added.
/// </summary>
public sealed class IngestVocabularyTests
{
    private static readonly Subject Fjord = new(
        "fjord", new LocalizedText([new(Language.German, "Fjord"), new(Language.English, "Fjord")]), SubjectKind.Organisation, ["Fjord"], []);

    public static TheoryData<string, string, Qualifier> Qualifiers()
    {
        var data = new TheoryData<string, string, Qualifier>();
        foreach (var (language, vocabulary) in Languages())
        {
            foreach (var (words, qualifier) in new[]
            {
                (vocabulary.AroundWords, Qualifier.Around), (vocabulary.MoreThanWords, Qualifier.MoreThan),
                (vocabulary.AlmostWords, Qualifier.Almost), (vocabulary.UpToWords, Qualifier.UpTo), (vocabulary.PossiblyWords, Qualifier.Possibly),
            })
            {
                foreach (var word in words)
                {
                    data.Add(language.Code, word, qualifier);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Qualifiers))]
    public void Scan_QualifierBeforeAnAmount_GivesItsQualifier(string code, string word, Qualifier qualifier)
    {
        var (language, numbers) = (new Language(code), NumberVocabularies.Default.For(new Language(code)));
        var amount = $"80 {numbers.Scales.First(p => p.Value == Scale.Billion).Key} {numbers.Currencies.Keys.First()}";

        var figure = Assert.Single(FigureScanner.Scan($"{word} {amount}", language, null));

        Assert.Equal(qualifier, figure.Amount.Qualifier);
        Assert.Equal(figure.Amount, FigureScanner.ParseAmount($"{word} {amount}", language));
    }

    [Fact]
    public void Scan_CountedNounsAndTimesWords_GiveTheirUnit()
    {
        foreach (var (language, vocabulary) in Languages())
        {
            foreach (var (noun, unit) in vocabulary.CountedNouns)
            {
                Assert.Equal(unit, Assert.Single(FigureScanner.Scan($"in 12 {noun}", language, null)).Amount.Unit);
            }

            foreach (var word in vocabulary.TimesWords)
            {
                Assert.Equal(Unit.Times, Assert.Single(FigureScanner.Scan($"12 {word}", language, null)).Amount.Unit);
            }
        }
    }

    [Fact]
    public void Scan_ScaleWithoutCurrency_IsMoneyOnlyBeforeAnAmountFollower()
    {
        foreach (var (language, vocabulary) in Languages())
        {
            var billion = NumberVocabularies.Default.For(language).Scales.First(p => p.Value == Scale.Billion).Key;
            Assert.Empty(FigureScanner.Scan($"80 {billion} Nutzerkonten", language, null));
            foreach (var word in vocabulary.AmountFollowers)
            {
                Assert.Equal(Unit.Money, Assert.Single(FigureScanner.Scan($"80 {billion} {word} KI", language, null)).Amount.Unit);
            }
        }
    }

    [Fact]
    public void Scan_ShareArticle_BelongsToTheShare()
    {
        foreach (var (language, vocabulary) in Languages())
        {
            var share = NumberVocabularies.Default.For(language).Fractions.First().Key;
            foreach (var article in vocabulary.ShareArticles)
            {
                var figure = Assert.Single(FigureScanner.Scan($"{article} {share}", language, null));
                Assert.Equal((0, Unit.Percent), (figure.Start, figure.Amount.Unit));
            }
        }
    }

    [Fact]
    public void AttributionCues_EveryCue_IsRecognised()
    {
        foreach (var (_, vocabulary) in Languages())
        {
            Assert.All(vocabulary.JointWords, word => Assert.True(AttributionCues.HasJointCue($"Fjord und Borana investieren {word} viel."), word));
            Assert.All(vocabulary.Anaphors, phrase => Assert.True(AttributionCues.HasAnaphor($"Im Juni kündigte {phrase} an"), phrase));
            Assert.All(vocabulary.BackReferences, phrase => Assert.True(AttributionCues.RefersToEarlierFigure($"Mehr als die Hälfte {phrase} bleibt hier."), phrase));
            foreach (var verb in vocabulary.ComeVerbs)
            {
                foreach (var from in vocabulary.FromWords)
                {
                    var sentence = $"Das Geld soll {verb} {from} Fjord.";
                    var mention = new KnownMention(Fjord, sentence.IndexOf("Fjord", StringComparison.Ordinal), sentence.Length - 1);
                    Assert.True(AttributionCues.IsContributor(sentence, mention), sentence);
                }
            }

            foreach (var verb in vocabulary.SpeakerVerbs)
            {
                var sentence = $"Fjord {verb}, dass der Markt wächst.";
                Assert.True(AttributionCues.IsSpeaker(sentence, new KnownMention(Fjord, 0, 5)), sentence);
            }
        }
    }

    [Fact]
    public void Classify_EveryKindStemAndGrowthWord_GivesItsKind()
    {
        var money = new Amount(80, 80, Unit.Money, "USD", Scale.Billion, Qualifier.Exact);
        var percent = new Amount(5, 5, Unit.Percent, null, Scale.One, Qualifier.Exact);
        foreach (var (_, vocabulary) in Languages())
        {
            foreach (var (kind, stems) in vocabulary.KindStems)
            {
                Assert.All(stems, stem => Assert.Equal(kind, KindClassifier.Classify(money, $"Zyx {stem}qq 80 bn")));
            }

            Assert.All(vocabulary.GrowthWords, word => Assert.Equal(FactKind.Growth, KindClassifier.Classify(percent, $"Zyx {word} 5 %")));
        }

        Assert.Equal(FactKind.Investment, KindClassifier.Classify(money, "Zyx 80 bn"));
        Assert.Equal(FactKind.Share, KindClassifier.Classify(percent, "Zyx 5 %"));
    }

    [Fact]
    public void Detect_TextOfMarkerWords_IsThatLanguage()
    {
        foreach (var (language, vocabulary) in Languages())
        {
            Assert.Equal(language, ArticleLanguage.Detect(string.Join(' ', vocabulary.Markers)));
        }

        Assert.Null(ArticleLanguage.Detect("Lorem ipsum dolor sit amet consectetur adipiscing elit"));
    }

    private static IEnumerable<(Language Language, IIngestVocabulary Vocabulary)> Languages() =>
        IngestVocabularies.Default.Languages.OrderBy(l => l.Code, StringComparer.Ordinal).Select(l => (l, IngestVocabularies.Default.For(l)));
}
