using ChatBot.Core.Ingest;
using ChatBot.Core.Ingest.Vocabulary;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages.Numbers;

namespace ChatBot.Core.Tests.Ingest.Vocabulary;

/// <summary>Every period word of every registered language's ingest vocabulary is read by the period scanner.</summary>
public sealed class PeriodVocabularyTests
{
    private static readonly DateOnly Published = new(2025, 3, 1);

    [Fact]
    public void Scan_EveryMonthWithAYear_IsThatMonth()
    {
        foreach (var vocabulary in Vocabularies())
        {
            foreach (var (month, number) in vocabulary.Months)
            {
                Assert.Equal(new Period(PeriodKind.Month, Year: 2024, Part: number), PeriodScanner.Scan($"{month} 2024", 0, null));
            }

            // "Mai"/"may" are ordinary words too: without a year they name no month.
            Assert.All(vocabulary.AmbiguousMonths, month => Assert.NotEqual(PeriodKind.Month, PeriodScanner.Scan($"Sie {month} es", 0, Published).Kind));
        }
    }

    [Fact]
    public void ParsePeriod_FiscalUntilAndPrepositions_AreRead()
    {
        foreach (var vocabulary in Vocabularies())
        {
            Assert.All(vocabulary.FiscalYearWords, word => Assert.Equal(new Period(PeriodKind.FiscalYear, Year: 2025), PeriodScanner.ParsePeriod($"{word} 2025")));
            Assert.All(vocabulary.FiscalPrefixes, prefix => Assert.Equal(new Period(PeriodKind.FiscalYear, Year: 2025), PeriodScanner.ParsePeriod($"{prefix}25")));
            Assert.All(vocabulary.QuarterPrefixes, prefix => Assert.Equal(new Period(PeriodKind.Quarter, Year: 2025, Part: 3), PeriodScanner.ParsePeriod($"{prefix}3 2025")));
            foreach (var until in vocabulary.UntilWords)
            {
                Assert.Equal(new Period(PeriodKind.Until, ToYear: 2028), PeriodScanner.ParsePeriod($"{until} 2028"));
                Assert.All(vocabulary.EndOfPhrases, end => Assert.Equal(new Period(PeriodKind.Until, ToYear: 2028), PeriodScanner.ParsePeriod($"{until} {end} 2028")));
            }

            Assert.All(vocabulary.PeriodPrepositions, preposition => Assert.Equal(new Period(PeriodKind.Year, Year: 2025), PeriodScanner.ParsePeriod($"{preposition} 2025")));
        }
    }

    [Fact]
    public void Scan_OrdinalQuarterOrHalf_IsThatPart()
    {
        foreach (var language in IngestVocabularies.Default.Languages)
        {
            var vocabulary = IngestVocabularies.Default.For(language);
            var numbers = NumberVocabularies.Default.For(language);
            foreach (var (stem, part) in numbers.Ordinals.Where(p => p.Value <= 4))
            {
                foreach (var ending in numbers.OrdinalEndings)
                {
                    Assert.All(vocabulary.QuarterWords, word => Assert.Equal(new Period(PeriodKind.Quarter, Year: 2024, Part: part), PeriodScanner.Scan($"{stem}{ending} {word} 2024", 0, null)));
                    if (part <= 2)
                    {
                        Assert.All(vocabulary.HalfWords, word => Assert.Equal(new Period(PeriodKind.Half, Year: 2024, Part: part), PeriodScanner.Scan($"{stem}{ending} {word} 2024", 0, null)));
                    }
                }
            }
        }
    }

    [Fact]
    public void Scan_RelativePhrases_AreResolvedAgainstThePublicationDate()
    {
        foreach (var language in IngestVocabularies.Default.Languages)
        {
            var vocabulary = IngestVocabularies.Default.For(language);
            Assert.All(vocabulary.CurrentYearPhrases, phrase => Assert.Equal(new Period(PeriodKind.Year, Year: 2025), PeriodScanner.Scan(phrase, 0, Published)));
            Assert.All(vocabulary.PreviousYearPhrases, phrase => Assert.Equal(new Period(PeriodKind.Year, Year: 2024), PeriodScanner.Scan(phrase, 0, Published)));
            foreach (var phrase in vocabulary.DecadeEndPhrases)
            {
                var decade = PeriodScanner.Scan(phrase, 0, Published);
                Assert.Equal((PeriodKind.Until, 2030), (decade.Kind, decade.ToYear));
                Assert.Equal(vocabulary.DecadeEndLabel, decade.Label!.In(language));
            }

            foreach (var phrase in vocabulary.NextYearsPhrases)
            {
                foreach (var years in vocabulary.YearsWords)
                {
                    var next = PeriodScanner.Scan($"{phrase} 4 {years}", 0, Published);
                    Assert.Equal((PeriodKind.NextYears, 4, 2025, 2028), (next.Kind, next.Years, next.FromYear, next.ToYear));
                    Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, vocabulary.NextYearsLabel, "4"), next.Label!.In(language));
                }
            }
        }
    }

    private static IEnumerable<IIngestVocabulary> Vocabularies() => IngestVocabularies.Default.Languages.Select(IngestVocabularies.Default.For);
}
