using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Knowledge.Editing.Forms;

/// <summary>
/// Reads a fact form into the YAML block the write path validates and writes. Amounts and periods are read by the
/// ingest scanners (one home for reading figures); subjects, sources, kinds and topics must exist; the quote must
/// state the figure. An edit replaces only the keys whose field the moderator changed, so every other line stays.
/// </summary>
public static partial class FactFormReader
{
    /// <summary>The longest value a field may hold (Discord's limit for a text input).</summary>
    public const int MaxValueLength = 4000;

    /// <summary>The fact kinds a form may name, as the knowledge files spell them.</summary>
    public static IReadOnlyList<string> Kinds => FactYamlValues.Kinds;

    /// <summary>
    /// The form as YAML, or what is wrong with it. <paramref name="language"/> reads the amount's separators and words
    /// and is the language of statements written from the figure. <paramref name="original"/> is the fact an edit
    /// started from; null for a new fact.
    /// </summary>
    public static FactFormResult Read(FactForm form, KnowledgeBase knowledge, Language language, FactFormOriginal? original = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(knowledge);
        var problems = new List<FactFormProblem>();
        foreach (var (field, value) in Texts(form))
        {
            CheckText(field, value, problems);
        }

        if (problems.Count > 0)
        {
            return FactFormResult.Failed([.. problems]);
        }

        var fact = original?.Fact;
        bool Changed(Func<FactForm, string> field) => original is null || Normalized(field(form)) != Normalized(field(original.Prefilled));

        var subject = !Changed(f => f.Subject) ? fact!.SubjectId : Subject(form.Subject, knowledge, problems);
        var source = !Changed(f => f.Source) ? fact!.SourceId : Required(FactFormField.Source, form.Source, problems) is { } s
            ? knowledge.FindSource(s.Trim()) is { } found ? found.Id : Problem(problems, FactFormField.Source, FactFormProblemKind.UnknownSource, s.Trim())
            : null;
        var kind = Kind(form.Kind, fact, problems);
        if (kind is null && fact is null && string.IsNullOrWhiteSpace(form.Kind))
        {
            problems.Add(new(FactFormField.Kind, FactFormProblemKind.Missing));
        }

        var topics = Topics(form.Topics, fact, knowledge, problems);
        var amount = !Changed(f => f.Amount) ? fact!.Amount : ReadAmount(form.Amount, language, problems);
        var period = !Changed(f => f.Period) ? fact!.Period : ReadPeriod(form.Period, problems);
        var quote = !Changed(f => f.Quote) ? fact!.Quote : Required(FactFormField.Quote, Collapsed(form.Quote), problems);
        var given = !Changed(f => f.Statements) ? fact!.Statement : Statements(form.Statements, problems);
        if (problems.Count > 0 || subject is null || source is null || quote is null)
        {
            return FactFormResult.Failed([.. problems]);
        }

        var (statement, generated) = Complete(given, subject, amount, period, knowledge);
        if (statement is null)
        {
            return FactFormResult.Failed(new FactFormProblem(FactFormField.Statements, FactFormProblemKind.Missing));
        }

        var id = form.Id?.Trim() is { Length: > 0 } named ? named : fact?.Id ?? NewId(subject, kind ?? FactKind.Note, period, knowledge);
        if (!IdPattern().IsMatch(id))
        {
            return FactFormResult.Failed(new FactFormProblem(FactFormField.Id, FactFormProblemKind.InvalidId, id));
        }

        var candidate = new Fact(id, subject, fact?.Related ?? [], kind ?? FactKind.Note, topics, amount, period, statement, source, quote, 1);
        if (FigureInQuote.Problems(candidate).Count > 0)
        {
            decimal[] figures = amount is null ? [period.SortYear ?? 0] : amount.IsRange ? [amount.Min, amount.Max] : [amount.Min];
            var missing = figures.Where(value => !FigureInQuote.NumbersIn(quote).Contains(value)).Select(v => v.ToString(CultureInfo.InvariantCulture));
            return FactFormResult.Failed(new FactFormProblem(FactFormField.Quote, FactFormProblemKind.FigureNotInQuote, string.Join(", ", missing)));
        }

        var segments = Segments(candidate, form, original, Changed);
        if (original is not null && segments.Count == 0)
        {
            return FactFormResult.Failed(new FactFormProblem(FactFormField.Statements, FactFormProblemKind.Unchanged));
        }

        var yaml = original is null ? Block(candidate) : FactBlockKeys.Replace(original.Yaml, segments);
        return new FactFormResult(yaml, id, [], amount, period, statement, generated);
    }

    /// <summary>
    /// Checks the values a platform takes as command options (source, kind, topics, a new fact's id) before it opens
    /// the form, so a moderator never types a whole fact for a source that does not exist. Null values are not checked.
    /// </summary>
    public static IReadOnlyList<FactFormProblem> CheckOptions(string? source, string? kind, IReadOnlyList<string>? topics, string? id, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var problems = new List<FactFormProblem>();
        if (source is not null && knowledge.FindSource(source.Trim()) is null)
        {
            problems.Add(new(FactFormField.Source, FactFormProblemKind.UnknownSource, source.Trim()));
        }

        Kind(kind, null, problems);
        Topics(topics, null, knowledge, problems);
        if (id is not null && !IdPattern().IsMatch(id.Trim()))
        {
            problems.Add(new(FactFormField.Id, FactFormProblemKind.InvalidId, id.Trim()));
        }

        return problems;
    }

    private static Dictionary<string, string?> Segments(Fact fact, FactForm form, FactFormOriginal? original, Func<Func<FactForm, string>, bool> changed)
    {
        var segments = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (original is null)
        {
            return segments;
        }

        if (changed(f => f.Subject) && fact.SubjectId != original.Fact.SubjectId)
        {
            segments["subject"] = $"subject: {fact.SubjectId}";
        }

        if (fact.Kind != original.Fact.Kind)
        {
            segments["kind"] = $"kind: {FactYamlValues.Kind(fact.Kind)}";
        }

        if (form.Topics is not null && !fact.Topics.SequenceEqual(original.Fact.Topics))
        {
            segments["topics"] = $"topics: [{string.Join(", ", fact.Topics)}]";
        }

        if (changed(f => f.Amount) && fact.Amount != original.Fact.Amount)
        {
            segments["amount"] = fact.Amount is null ? null : $"amount: {FactYamlValues.Amount(fact.Amount)}";
        }

        if (changed(f => f.Period) && fact.Period != original.Fact.Period)
        {
            segments["period"] = FactYamlValues.Period(fact.Period) is { } period ? $"period: {period}" : null;
        }

        if (fact.Statement != original.Fact.Statement)
        {
            segments["statement"] = FactYamlValues.Statement(fact.Statement);
        }

        if (fact.SourceId != original.Fact.SourceId)
        {
            segments["source"] = $"source: {fact.SourceId}";
        }

        if (fact.Quote != original.Fact.Quote)
        {
            segments["quote"] = $"quote: {FactYamlValues.Text(fact.Quote)}";
        }

        return segments;
    }

    private static string Block(Fact fact)
    {
        var yaml = new StringBuilder()
            .Append("id: ").Append(fact.Id).Append('\n')
            .Append("subject: ").Append(fact.SubjectId).Append('\n')
            .Append("kind: ").Append(FactYamlValues.Kind(fact.Kind)).Append('\n')
            .Append("topics: [").Append(string.Join(", ", fact.Topics)).Append("]\n");
        if (fact.Amount is { } amount)
        {
            yaml.Append("amount: ").Append(FactYamlValues.Amount(amount)).Append('\n');
        }

        if (FactYamlValues.Period(fact.Period) is { } period)
        {
            yaml.Append("period: ").Append(period).Append('\n');
        }

        return yaml.Append(FactYamlValues.Statement(fact.Statement))
            .Append("source: ").Append(fact.SourceId).Append('\n')
            .Append("quote: ").Append(FactYamlValues.Text(fact.Quote)).Append('\n')
            .ToString();
    }

    private static IEnumerable<(FactFormField Field, string Value)> Texts(FactForm form) =>
    [
        (FactFormField.Subject, form.Subject), (FactFormField.Amount, form.Amount), (FactFormField.Period, form.Period),
        (FactFormField.Source, form.Source), (FactFormField.Quote, form.Quote), (FactFormField.Statements, form.Statements),
        (FactFormField.Kind, form.Kind ?? ""), (FactFormField.Id, form.Id ?? ""), (FactFormField.Topics, string.Join(",", form.Topics ?? [])),
    ];

    private static void CheckText(FactFormField field, string value, List<FactFormProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > MaxValueLength)
        {
            problems.Add(new(field, FactFormProblemKind.TooLong, MaxValueLength.ToString(CultureInfo.InvariantCulture)));
        }
        else if ((ControlCharacters.FirstIn(value) ?? SingleLineBreak(field, value)) is { } control)
        {
            problems.Add(new(field, FactFormProblemKind.ControlCharacter, $"U+{(int)control:X4}"));
        }
    }

    // Only the quote and the statements are paragraphs; a line break anywhere else would be a second value.
    private static char? SingleLineBreak(FactFormField field, string value)
    {
        var at = field is FactFormField.Quote or FactFormField.Statements ? -1 : value.IndexOfAny(['\n', '\r', '\t']);
        return at < 0 ? null : value[at];
    }

    private static string? Subject(string text, KnowledgeBase knowledge, List<FactFormProblem> problems)
    {
        if (Required(FactFormField.Subject, text, problems) is not { } typed)
        {
            return null;
        }

        var name = typed.Trim();
        var subject = knowledge.FindSubject(name)
            ?? knowledge.Subjects.FirstOrDefault(s => string.Equals(s.Id, name, StringComparison.OrdinalIgnoreCase)
                || s.Name.Texts.Contains(name, StringComparer.OrdinalIgnoreCase)
                || s.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));
        return subject?.Id ?? Problem(problems, FactFormField.Subject, FactFormProblemKind.UnknownSubject, name);
    }

    private static FactKind? Kind(string? name, Fact? fact, List<FactFormProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return fact?.Kind;
        }

        if (FactYamlValues.TryKind(name, out var kind))
        {
            return kind;
        }

        problems.Add(new(FactFormField.Kind, FactFormProblemKind.UnknownKind, name.Trim()));
        return null;
    }

    private static IReadOnlyList<string> Topics(IReadOnlyList<string>? topics, Fact? fact, KnowledgeBase knowledge, List<FactFormProblem> problems)
    {
        if (topics is null)
        {
            return fact?.Topics ?? [];
        }

        var ids = topics.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var unknown in ids.Where(t => knowledge.FindTopic(t) is null))
        {
            problems.Add(new(FactFormField.Topics, FactFormProblemKind.UnknownTopic, unknown));
        }

        return ids;
    }

    private static Amount? ReadAmount(string text, Language language, List<FactFormProblem> problems)
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        var amount = FigureScanner.ParseAmount(text, language);
        if (amount is null)
        {
            problems.Add(new(FactFormField.Amount, FactFormProblemKind.UnreadableAmount, text.Trim()));
        }
        else if (amount.IsMoney && amount.Currency is null)
        {
            problems.Add(new(FactFormField.Amount, FactFormProblemKind.MissingCurrency, text.Trim()));
        }

        return amount;
    }

    private static Period ReadPeriod(string text, List<FactFormProblem> problems)
    {
        if (text.Trim().Length == 0)
        {
            return Knowledge.Period.Unspecified;
        }

        if (PeriodScanner.ParsePeriod(text) is { } period && FactYamlValues.Period(period) is not null)
        {
            return period;
        }

        problems.Add(new(FactFormField.Period, FactFormProblemKind.UnreadablePeriod, text.Trim()));
        return Knowledge.Period.Unspecified;
    }

    // "de: …" and "en: …" lines, one per language a knowledge file writes texts in; an empty field or language is
    // written from the figure (and the preview says so).
    private static LocalizedText? Statements(string text, List<FactFormProblem> problems)
    {
        var given = new Dictionary<Language, string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var match = StatementLine().Match(line);
            var language = match.Success ? KnowledgeVocabulary.Languages.FirstOrDefault(l => l.Code.Equals(match.Groups[1].Value, StringComparison.OrdinalIgnoreCase)) : default;
            if (language == default)
            {
                problems.Add(new(FactFormField.Statements, FactFormProblemKind.UnreadableStatements, line.Length > 60 ? line[..60] + "…" : line));
                return null;
            }

            given[language] = match.Groups[2].Value.Trim();
        }

        return new LocalizedText(KnowledgeVocabulary.Languages.Select(l => new KeyValuePair<Language, string>(l, given.GetValueOrDefault(l, ""))));
    }

    private static (LocalizedText? Statement, IReadOnlyList<Language> Generated) Complete(LocalizedText? given, string subjectId, Amount? amount, Period period, KnowledgeBase knowledge)
    {
        var languages = KnowledgeVocabulary.Languages;
        given ??= new LocalizedText(languages.Select(l => new KeyValuePair<Language, string>(l, "")));
        if (amount is null && languages.Any(l => given.In(l).Length == 0))
        {
            return (null, []);
        }

        var generated = languages.Where(l => given.In(l).Length == 0).ToList();
        var statement = new LocalizedText(languages.Select(language => new KeyValuePair<Language, string>(language, given.In(language).Length > 0
            ? given.In(language)
            : GeneratedStatement.Write(knowledge.FindSubject(subjectId)?.Name.In(language) ?? subjectId, amount!, period, language))));
        return (statement, generated);
    }

    private static string NewId(string subject, FactKind kind, Period period, KnowledgeBase knowledge)
    {
        var stem = $"{subject}-{FactYamlValues.Kind(kind).Replace('_', '-')}" + (period.SortYear is { } year ? $"-{year}" : "");
        var id = stem;
        for (var n = 2; knowledge.FindFact(id) is not null; n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    private static string? Required(FactFormField field, string text, List<FactFormProblem> problems) =>
        text.Trim().Length > 0 ? text : Problem(problems, field, FactFormProblemKind.Missing, null);

    private static string? Problem(List<FactFormProblem> problems, FactFormField field, FactFormProblemKind kind, string? detail)
    {
        problems.Add(new(field, kind, detail));
        return null;
    }

    private static string Collapsed(string text) => Whitespace().Replace(text.Trim(), " ");

    private static string Normalized(string text) => Whitespace().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^([a-z]{2,3})\s*:\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex StatementLine();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]{0,79}$")]
    private static partial Regex IdPattern();
}
