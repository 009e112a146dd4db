using System.Text;
using BenchmarkDotNet.Attributes;
using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;
using ChatBot.Ingest;

namespace ChatBot.Benchmarks;

/// <summary>
/// Ingest without the file writes: a 20 KB news article (the curated articles 002–004 as one text) through the
/// extractor, and a 5 MB HTML page through AngleSharp's reduction and the extractor, both against the curated knowledge;
/// and the figure scan alone over every sentence of the 20 KB article.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private KnowledgeBase _knowledge = null!;
    private string _article = "";
    private byte[] _page = [];
    private IReadOnlyList<string> _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        var files = Directory.EnumerateFiles(KnowledgePaths.Curated, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => new KnowledgeFileText(path, File.ReadAllText(path))).ToList();
        _knowledge = KnowledgeLoader.Load(files, KnowledgePaths.Curated).Knowledge!;
        var articles = Articles();
        _article = string.Concat(new[] { "002_7f27ee440fa270f8.txt", "003_f8aff8db9a4be3b4.txt", "004_f47eca70d9bbefb2.txt" }
            .Select(name => File.ReadAllText(Path.Combine(articles, name)) + "\n"));
        _page = Encoding.UTF8.GetBytes(Page(5 * 1024 * 1024 - 1024));
        _sentences = [.. ArticleSentences.Paragraphs(_article).SelectMany(ArticleSentences.Sentences)];
    }

    [Benchmark]
    public int Article20Kb() => ArticleExtractor.Extract(_article, new ExtractionOptions("bench", new DateOnly(2025, 2, 10)), _knowledge).Facts.Count;

    [Benchmark]
    public int FigureScan20Kb()
    {
        var figures = 0;
        foreach (var sentence in _sentences)
        {
            figures += FigureScanner.Scan(sentence, Language.German, null).Count;
        }

        return figures;
    }

    [Benchmark]
    public int HtmlPage5Mb() =>
        ArticleExtractor.Extract(HtmlArticleText.FromBytes(_page), new ExtractionOptions("bench", new DateOnly(2025, 2, 10)), _knowledge).Facts.Count;

    // The build copies the knowledge's YAML next to the benchmark, not its articles: find the repository's copy.
    private static string Articles()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "knowledge", "articles");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("knowledge/articles not found above the benchmark");
    }

    // A long page of distinct paragraphs, a figure in every fifth, with navigation and scripts between them.
    private static string Page(int size)
    {
        var html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><script>var a = 1;</script></head><body><nav><a href=\"/\">Start</a></nav><main>");
        for (var i = 0; html.Length < size - 100; i++)
        {
            html.Append(i % 5 == 0
                ? $"<p>Microsoft investiert im Geschäftsjahr 2025 rund {i} Millionen US-Dollar in Rechenzentren in Region {i}.</p>"
                : $"<p>Die Analysten der Branche sehen in Abschnitt {i} weitere Chancen für den Ausbau der Infrastruktur.</p>");
            if (i % 100 == 0)
            {
                html.Append("<aside class=\"teaser\"><p>Mehr zum Thema</p></aside><script>track();</script>");
            }
        }

        return html.Append("</main></body></html>").ToString();
    }
}
