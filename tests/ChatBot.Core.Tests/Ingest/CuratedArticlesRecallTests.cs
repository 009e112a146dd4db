using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>
/// Ingests the five curated articles against a knowledge that has their subjects but none of their facts, and
/// measures how many curated figures the extractor proposes (recall) and how many proposals are curated (precision).
/// </summary>
public sealed class CuratedArticlesRecallTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_CuratedArticles_ProposesAtLeastNinetyPercentOfCuratedFigures()
    {
        var curated = CuratedKnowledge.Knowledge;
        var withoutFacts = new KnowledgeBase([], curated.Topics, curated.Subjects, [], curated.Origin);
        int found = 0, total = 0, proposed = 0, matching = 0;
        foreach (var source in curated.Sources.Where(s => s.File is not null))
        {
            var text = File.ReadAllText(Path.Combine(RepositoryFiles.CuratedKnowledge, "articles", source.File!));
            var result = ArticleExtractor.Extract(text, new ExtractionOptions(source.Id, source.Published), withoutFacts);
            var facts = curated.Facts.Where(f => f.SourceId == source.Id && f.Amount is not null).ToList();
            foreach (var fact in facts)
            {
                var hit = result.Facts.Any(p => SameFigure(p.Amount, fact.Amount!));
                output.WriteLine($"{(hit ? "found " : "MISSED")} {fact.Id} {fact.Amount}");
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
        output.WriteLine($"recall {found}/{total} = {recall:P0}; precision {matching}/{proposed} = {precision:P0}");
        Assert.True(recall >= 0.9, $"recall {found}/{total}");
        Assert.True(precision >= 0.7, $"precision {matching}/{proposed}");
    }

    // The figure as curated: value or range, unit, scale and currency (the qualifier is the moderator's reading).
    private static bool SameFigure(Amount proposed, Amount curated) =>
        proposed.Min == curated.Min && proposed.Max == curated.Max && proposed.Unit == curated.Unit
        && proposed.Scale == curated.Scale && proposed.Currency == curated.Currency;
}
