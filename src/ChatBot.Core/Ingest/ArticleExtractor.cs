using System.Globalization;
using ChatBot.Core.Ingest.Reasons;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Ingest;

/// <summary>
/// Turns an article's plain text into proposed facts, deterministically: every money amount and every count worth
/// keeping, with its sentence as the verbatim quote, its period, subject and kind, a reason and a confidence. The
/// same figure for the same subject and period is proposed once per article; figures the knowledge already holds
/// are marked as duplicates.
/// </summary>
public static class ArticleExtractor
{
    public static ExtractionResult Extract(string text, ExtractionOptions options, KnowledgeBase? knowledge)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var language = options.Language ?? ArticleLanguage.Detect(text)
            ?? throw new IngestException(IngestReason.UnsupportedLanguage([.. KnowledgeVocabulary.Languages.Select(l => l.Code)]));
        var lines = NonEmptyLines(text);
        var paragraphs = ArticleSentences.Paragraphs(text);
        var sentences = paragraphs.Select(ArticleSentences.Sentences).ToList();
        // Each sentence is scanned once; the article's dominant currency then fills in amounts that name none.
        var scanned = sentences.Select(paragraph => paragraph.Select(sentence => FigureScanner.Scan(sentence, language, null)).ToList()).ToList();
        var defaultCurrency = DominantCurrency(scanned);
        var aliases = knowledge?.Aliases ?? AliasIndex.Build([]);
        var taken = new HashSet<string>(knowledge?.Facts.Select(f => f.Id) ?? [], StringComparer.Ordinal);
        var seen = new HashSet<(string, Amount, Period)>();
        var proposals = new List<FactProposal>();
        var newSubjects = new Dictionary<string, SubjectMention>(StringComparer.Ordinal);

        IReadOnlyList<Subject> subjects = knowledge?.Subjects ?? [];
        var previousParagraph = ParagraphMentions.Empty;
        Period? lastPeriod = null;
        for (var p = 0; p < sentences.Count; p++)
        {
            var paragraph = sentences[p];
            var mentions = new ParagraphMentions(paragraph, aliases);
            for (var s = 0; s < paragraph.Count; s++)
            {
                foreach (var figure in scanned[p][s].Select(f => WithCurrency(f, defaultCurrency)))
                {
                    var kind = KindClassifier.Classify(figure.Amount, paragraph[s]);
                    var (subject, subjectReason) = SubjectAttribution.Locate(mentions, s, figure.Start, kind, previousParagraph, subjects);
                    var period = PeriodScanner.Scan(paragraph[s], figure.Start, options.Published);
                    if (period.Kind == PeriodKind.Unspecified && lastPeriod is not null && AttributionCues.RefersToEarlierFigure(paragraph[s]))
                    {
                        period = lastPeriod;
                    }

                    lastPeriod = period.Kind == PeriodKind.Unspecified ? lastPeriod : period;
                    if (!seen.Add((subject.Id, figure.Amount, period)))
                    {
                        continue;
                    }

                    if (subject.IsNew)
                    {
                        newSubjects.TryAdd(subject.Id, subject);
                    }

                    var duplicate = knowledge?.FactsAbout(subject.Id).FirstOrDefault(f => SameFigure(f.Amount, figure.Amount))?.Id;
                    proposals.Add(new FactProposal(
                        NewId(subject.Id, figure.Amount, taken),
                        subject,
                        kind,
                        figure.Amount,
                        period,
                        paragraph[s],
                        Reason(figure, subjectReason, period, duplicate),
                        Confidence(figure, subject, period),
                        duplicate));
                }
            }

            previousParagraph = mentions;
        }

        return new ExtractionResult(language, proposals, [.. newSubjects.Values], paragraphs.Count, lines - paragraphs.Count);
    }

    private static string? DominantCurrency(List<List<IReadOnlyList<ScannedFigure>>> scanned) =>
        scanned.SelectMany(paragraph => paragraph)
            .SelectMany(figures => figures)
            .Where(figure => figure.Amount.Currency is not null)
            .GroupBy(figure => figure.Amount.Currency)
            .OrderByDescending(group => group.Count())
            .FirstOrDefault()?.Key;

    // An amount with a scale but no currency ("80 Milliarden") is read in the article's dominant currency.
    private static ScannedFigure WithCurrency(ScannedFigure figure, string? defaultCurrency) =>
        figure.Amount is { Unit: Unit.Money, Currency: null } && defaultCurrency is not null
            ? figure with { Amount = figure.Amount with { Currency = defaultCurrency } }
            : figure;

    private static int NonEmptyLines(string text)
    {
        var count = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            count += line.IsWhiteSpace() ? 0 : 1;
        }

        return count;
    }

    private static bool SameFigure(Amount? existing, Amount proposed) =>
        existing is not null && existing.Min == proposed.Min && existing.Max == proposed.Max && existing.Unit == proposed.Unit
        && existing.Scale == proposed.Scale && existing.Currency == proposed.Currency;

    private static string Reason(ScannedFigure figure, string subjectReason, Period period, string? duplicate)
    {
        var amount = figure.Amount;
        var what = amount.IsMoney
            ? $"money amount{(figure.CurrencyInferred ? $" (currency {amount.Currency ?? "unknown"} assumed from the article)" : "")}"
            : $"{amount.Unit.ToString().ToLowerInvariant()} figure";
        var when = period.Kind == PeriodKind.Unspecified ? "no period stated" : $"period {period.Kind.ToString().ToLowerInvariant()}";
        var repeat = duplicate is null ? "" : $"; repeats fact '{duplicate}'";
        return $"{what}; {subjectReason}; {when}{repeat}";
    }

    private static double Confidence(ScannedFigure figure, SubjectMention subject, Period period)
    {
        var confidence = 0.5;
        confidence += subject.IsNew ? 0 : subject.Id == "unknown" ? -0.3 : subject.Distance < int.MaxValue / 2 ? 0.25 : 0.1;
        confidence += period.Kind == PeriodKind.Unspecified ? 0 : 0.1;
        confidence += figure.CurrencyInferred ? -0.2 : 0.1;
        return Math.Round(Math.Clamp(confidence, 0.05, 0.95), 2);
    }

    private static string NewId(string subjectId, Amount amount, HashSet<string> taken)
    {
        var figure = amount.IsRange
            ? $"{Number(amount.Min)}-{Number(amount.Max)}"
            : Number(amount.Min);
        var suffix = amount.Unit switch
        {
            Unit.Money => amount.Scale switch
            {
                Scale.Trillion => "tn",
                Scale.Billion => "bn",
                Scale.Million => "m",
                Scale.Thousand => "k",
                _ => "",
            } + (amount.Currency ?? "").ToLowerInvariant(),
            Unit.Percent => "pct",
            _ => amount.Unit.ToString().ToLowerInvariant(),
        };
        var id = $"{subjectId}-{figure}{suffix}";
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', '-');
}
