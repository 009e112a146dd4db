using System.Reflection;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using AnswerPhraseBooks = ChatBot.Core.Answers.PhraseBooks;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// The user-visible wording of every phrase book, approved line by line: a changed phrase fails here until its new
/// wording is approved (review the ".received.txt" the failure names, then copy it over the approved file).
/// </summary>
public sealed class PhraseBookApprovalTests
{
    public static TheoryData<string> Languages => ["de", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_EveryPhrase_MatchesApprovedWording(string code)
    {
        var received = PhraseBookCatalog.Text(Book(code));
        var folder = Path.Combine(RepositoryFiles.Root, "tests", "ChatBot.Core.Tests", "Answers", "PhraseBooks", "Approved");
        var approvedPath = Path.Combine(folder, $"{code}.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (received == approved)
        {
            return;
        }

        // Written to the test output, not the source tree, so a failed run leaves nothing to commit by accident.
        var receivedPath = Path.Combine(AppContext.BaseDirectory, $"{code}.received.txt");
        File.WriteAllText(receivedPath, received);
        var receivedLines = received.Split('\n');
        var approvedLines = approved.Split('\n');
        var first = Enumerable.Range(0, Math.Max(receivedLines.Length, approvedLines.Length))
            .First(i => i >= receivedLines.Length || i >= approvedLines.Length || receivedLines[i] != approvedLines[i]);
        Assert.Fail($"{code}: wording differs from {approvedPath} at line {first + 1}:\n" +
            $"approved: {(first < approvedLines.Length ? approvedLines[first] : "(none)")}\n" +
            $"received: {(first < receivedLines.Length ? receivedLines[first] : "(none)")}\n" +
            $"The full received wording is in {receivedPath}.");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_EveryPhrase_ContainsItsArgumentsAndNoPlaceholderSyntax(string code)
    {
        foreach (var entry in PhraseBookCatalog.Render(Book(code)))
        {
            foreach (var argument in entry.Arguments)
            {
                Assert.True(entry.Text.Contains(argument, StringComparison.Ordinal), $"{code} {entry.Name}: '{entry.Text}' lacks '{argument}'");
            }

            Assert.False(entry.Text.Contains('{', StringComparison.Ordinal) || entry.Text.Contains('}', StringComparison.Ordinal), $"{code} {entry.Name}: '{entry.Text}'");
            Assert.Equal(entry.Text.Trim(), entry.Text);
        }
    }

    [Fact]
    public void Render_German_QuotesOnlyWithGermanMarks()
    {
        foreach (var entry in PhraseBookCatalog.Render(AnswerPhraseBooks.German))
        {
            Assert.DoesNotContain('"', entry.Text);
            Assert.DoesNotContain('”', entry.Text);
            Assert.Equal(entry.Text.Count(c => c == '„'), entry.Text.Count(c => c == '“'));
        }
    }

    [Fact]
    public void Render_English_NeverUsesGermanQuotationMarks()
    {
        foreach (var entry in PhraseBookCatalog.Render(AnswerPhraseBooks.English))
        {
            Assert.DoesNotContain('„', entry.Text);
        }
    }

    [Fact]
    public void Render_AnswerAndComputationPhrases_DifferBetweenLanguages()
    {
        // Phrases that are legitimately the same in both languages: a symbol or a name, or only arguments.
        string[] same = ["Change", "Quoted", "List(0)", "List(1)", "ShortList(2 of limit 2)"];
        var german = PhraseBookCatalog.Render(AnswerPhraseBooks.German).ToDictionary(e => e.Name, e => e.Text);
        var english = PhraseBookCatalog.Render(AnswerPhraseBooks.English).ToDictionary(e => e.Name, e => e.Text);
        Assert.Equal(german.Keys.Order(), english.Keys.Order());
        var answerAndComputation = german.Keys.Where(name => !IsFigureOrPeriodEntry(name) && !same.Contains(name) && !name.StartsWith("HelpLines.Count", StringComparison.Ordinal));
        foreach (var name in answerAndComputation)
        {
            Assert.True(german[name] != english[name], $"{name} is '{german[name]}' in both languages");
        }
    }

    [Theory]
    [InlineData(typeof(AnswerPhrases))]
    [InlineData(typeof(ComputationPhrases))]
    [InlineData(typeof(FigurePhrases))]
    [InlineData(typeof(PeriodPhrases))]
    public void Catalog_EveryPublicPhrase_IsRendered(Type phrases)
    {
        var names = PhraseBookCatalog.Render(AnswerPhraseBooks.English)
            .Select(e => e.Name.Split('(', '[', '.')[0])
            .ToHashSet(StringComparer.Ordinal);
        var members = phrases.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m is PropertyInfo || m is MethodInfo { IsSpecialName: false })
            .Select(m => m.Name);
        foreach (var member in members)
        {
            Assert.Contains(member, names);
        }
    }

    [Fact]
    public void Default_GermanEnglishAndUnknown_ChoosesTheirBookWithEnglishFallback()
    {
        Assert.Same(AnswerPhraseBooks.German, AnswerPhraseBooks.Default.For(Language.German));
        Assert.Same(AnswerPhraseBooks.English, AnswerPhraseBooks.Default.For(Language.English));
        Assert.Same(AnswerPhraseBooks.English, AnswerPhraseBooks.Default.For(new Language("fr")));
        Assert.IsType<GermanAnswerPhrases>(AnswerPhraseBooks.German.Answers);
        Assert.IsType<GermanComputationPhrases>(AnswerPhraseBooks.German.Computation);
        Assert.IsType<GermanFigurePhrases>(AnswerPhraseBooks.German.Figures);
        Assert.IsType<GermanPeriodPhrases>(AnswerPhraseBooks.German.Periods);
        Assert.IsType<EnglishAnswerPhrases>(AnswerPhraseBooks.English.Answers);
        Assert.IsType<EnglishComputationPhrases>(AnswerPhraseBooks.English.Computation);
        Assert.IsType<EnglishFigurePhrases>(AnswerPhraseBooks.English.Figures);
        Assert.IsType<EnglishPeriodPhrases>(AnswerPhraseBooks.English.Periods);
    }

    private static bool IsFigureOrPeriodEntry(string name) =>
        name.Split('(', '[')[0] is "Number" or "Qualifier" or "Format" or "CurrencyName" or "Amount" or "Month" or "Date" or "FiscalYear"
            or "Quarter" or "Half" or "Until" or "FromUntil" or "Range" or "YearsFrom" or "NextYears" or "CurrentYear" or "NotStated"
            or "YearList" or "FiscalYearPrefix" or "QuarterPrefix" or "HalfPrefix" or "AndMore" or "FactCount";

    private static PhraseBook Book(string code) => AnswerPhraseBooks.Default.For(new Language(code));
}
