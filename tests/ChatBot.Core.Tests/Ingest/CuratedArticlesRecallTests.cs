using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>
/// Ingests the five curated articles against a knowledge that has their subjects but none of their facts, and
/// measures how many curated figures the extractor proposes (recall), how many proposals are curated (precision), and
/// for how many curated figures a proposal names the curated subject and period (attribution). The articles are
/// undated, so periods the curators resolved from context ("in diesem Jahr", "im Januar") cannot be read.
/// </summary>
public sealed class CuratedArticlesRecallTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_CuratedArticles_ProposesAtLeastNinetyPercentOfCuratedFiguresWithTheirSubjectAndPeriod()
    {
        var curated = CuratedKnowledge.Knowledge;
        var withoutFacts = new KnowledgeBase([], curated.Topics, curated.Subjects, [], curated.Origin);
        int found = 0, total = 0, proposed = 0, matching = 0, subjects = 0, periods = 0, qualifiers = 0;
        foreach (var source in curated.Sources.Where(s => s.File is not null))
        {
            var text = File.ReadAllText(Path.Combine(RepositoryFiles.CuratedKnowledge, "articles", source.File!));
            var result = ArticleExtractor.Extract(text, new ExtractionOptions(source.Id, source.Published), withoutFacts);
            var facts = curated.Facts.Where(f => f.SourceId == source.Id && f.Amount is not null).ToList();
            foreach (var fact in facts)
            {
                var hits = result.Facts.Where(p => SameFigure(p.Amount, fact.Amount!)).ToList();
                var subject = hits.Any(p => p.Subject.Id == fact.SubjectId);
                var period = hits.Any(p => p.Period.Kind == fact.Period.Kind && p.Period.SortYear == fact.Period.SortYear);
                var qualifier = hits.Any(p => p.Amount.Qualifier == fact.Amount!.Qualifier);
                subjects += subject ? 1 : 0;
                periods += period ? 1 : 0;
                qualifiers += qualifier ? 1 : 0;
                output.WriteLine($"{(hits.Count > 0 ? "found " : "MISSED")} {fact.Id} subject {(subject ? "ok" : $"WRONG ({string.Join('/', hits.Select(h => h.Subject.Id))})")} period {(period ? "ok" : "WRONG")} qualifier {(qualifier ? "ok" : "WRONG")}");
            }

            foreach (var proposal in result.Facts.Where(p => !facts.Any(f => SameFigure(p.Amount, f.Amount!))))
            {
                output.WriteLine($"extra  {source.File} {proposal.Id} {proposal.Amount} | {proposal.Quote}");
            }

            total += facts.Count;
            found += facts.Count(f => result.Facts.Any(p => SameFigure(p.Amount, f.Amount!)));
            proposed += result.Facts.Count;
            matching += result.Facts.Count(p => facts.Any(f => SameFigure(p.Amount, f.Amount!)));
        }

        var recall = (double)found / total;
        var precision = (double)matching / proposed;
        output.WriteLine($"recall {found}/{total} = {recall:P0}; precision {matching}/{proposed} = {precision:P0}; subject right {subjects}/{total}, period right {periods}/{total}, qualifier right {qualifiers}/{total}");
        Assert.True(recall >= 0.9, $"recall {found}/{total}");
        Assert.True(precision >= 0.7, $"precision {matching}/{proposed}");
        Assert.True((double)subjects / total >= 0.9, $"subject right {subjects}/{total}");
        Assert.True((double)periods / total >= 0.8, $"period right {periods}/{total}");
    }

    // The figure as curated: value or range, unit, scale and currency (the qualifier is the moderator's reading).
    private static bool SameFigure(Amount proposed, Amount curated) =>
        proposed.Min == curated.Min && proposed.Max == curated.Max && proposed.Unit == curated.Unit
        && proposed.Scale == curated.Scale && proposed.Currency == curated.Currency;
}
