using ChatBot.Core.Knowledge.Loading;
using ChatBot.Core.Text;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// Checks every fact's quote against the archived article its source names: verbatim after whitespace and
/// typographic quotes are normalised, and stating the fact's figure.
/// </summary>
public static class QuoteChecker
{
    /// <param name="knowledge">The snapshot to check.</param>
    /// <param name="readArticle">Returns an article's text by file name, or null when there is no such file.</param>
    public static IReadOnlyList<QuoteMismatch> Check(KnowledgeBase knowledge, Func<string, string?> readArticle)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(readArticle);
        var articles = new Dictionary<string, string?>(StringComparer.Ordinal);
        var mismatches = new List<QuoteMismatch>();
        foreach (var fact in knowledge.Facts)
        {
            // Plain null checks rather than a pattern variable: mutation testing can then vary this branch without
            // leaving the variable unassigned, so the method's other mutants are tested instead of discarded.
            var source = knowledge.FindSource(fact.SourceId);
            var file = source?.File;
            if (source is null || file is null)
            {
                mismatches.Add(new QuoteMismatch(fact.Id, fact.Line, $"source '{fact.SourceId}' names no article file, so the quote cannot be checked"));
                continue;
            }

            if (!articles.TryGetValue(file, out var article))
            {
                var text = readArticle(file);
                article = text is null ? null : TextFolding.NormalizeForQuote(text);
                articles[file] = article;
                if (text is not null && source.Sha256 is { } expected && !string.Equals(expected, Ingest.ArticleHash.Of(text), StringComparison.OrdinalIgnoreCase))
                {
                    mismatches.Add(new QuoteMismatch(fact.Id, fact.Line, $"article file '{file}' changed since it was ingested (SHA-256 differs from source '{source.Id}')"));
                }
            }

            if (article is null)
            {
                mismatches.Add(new QuoteMismatch(fact.Id, fact.Line, $"article file '{file}' of source '{source.Id}' was not found"));
                continue;
            }

            if (!article.Contains(TextFolding.NormalizeForQuote(fact.Quote), StringComparison.Ordinal))
            {
                mismatches.Add(new QuoteMismatch(fact.Id, fact.Line, $"the quote is not verbatim in '{file}'{NearestHint(article, fact.Quote)}"));
            }

            mismatches.AddRange(FigureInQuote.Problems(fact).Select(problem => new QuoteMismatch(fact.Id, fact.Line, problem)));
        }

        return mismatches;
    }

    // Points the moderator at where the quote stops matching: the longest prefix found in the article.
    private static string NearestHint(string article, string quote)
    {
        var normalized = TextFolding.NormalizeForQuote(quote);
        var low = 0;
        var high = normalized.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (article.Contains(normalized[..mid], StringComparison.Ordinal))
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (low < 10)
        {
            return " (not even its beginning was found)";
        }

        var divergence = normalized[low..Math.Min(normalized.Length, low + 30)];
        return $" (matches up to character {low}, then differs at: \"{divergence}\")";
    }
}
