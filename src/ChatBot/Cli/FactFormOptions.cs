using System.CommandLine;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing.Forms;

namespace ChatBot.Cli;

/// <summary>
/// The options of <c>knowledge add</c> that give a fact as a moderator writes it, the same fields as the chat's fact
/// form: "--amount 'rund 80 Mrd. US-Dollar' --period 'Geschäftsjahr 2025'".
/// </summary>
internal sealed class FactFormOptions
{
    private readonly Option<string?> _subject = new("--subject") { Description = "The subject's id or name, e.g. amazon" };
    private readonly Option<string?> _amount = new("--amount") { Description = "The amount as the article states it, e.g. \"rund 80 Mrd. US-Dollar\", \"60–65 billion USD\", \"39 %\"" };
    private readonly Option<string?> _period = new("--period") { Description = "The period, e.g. 2025, \"Geschäftsjahr 2025\", FY25, \"Q1 2025\", \"bis 2028\"" };
    private readonly Option<string?> _source = new("--source") { Description = "The source's id" };
    private readonly Option<string?> _quote = new("--quote") { Description = "The verbatim sentence from the article that states the figure" };
    private readonly Option<string?> _kind = new("--kind") { Description = $"The fact's kind: {string.Join(", ", FactFormReader.Kinds)}" };
    private readonly Option<string?> _topics = new("--topics") { Description = "Topic ids, comma-separated" };
    private readonly Option<string?> _id = new("--id") { Description = "The new fact's id (default: subject-kind-year)" };
    private readonly Option<string?> _language = new("--language")
    {
        Description = $"How to read the amount's separators and words: {CliLanguages.Codes} (default {Core.Knowledge.Language.German}: \"1.000,5\"; en: \"1,000.5\")",
    };

    // One --statement-<code> per language, so a language added to the phrase books gets its option without code here.
    private readonly IReadOnlyList<(Language Language, Option<string?> Option)> _statements = [.. CliLanguages.All.Select(language =>
        (language, new Option<string?>($"--statement-{language.Code}") { Description = $"What the bot says in '{language.Code}' (default: written from the figure)" }))];

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _subject, _amount, _period, _source, _quote, _kind, _topics, _id }.Concat(_statements.Select(s => s.Option)).Append(_language))
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The fact form the options give; null when none of the fact's fields is given (the fact comes as YAML then).</summary>
    public FactForm? Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (new[] { _subject, _amount, _period, _source, _quote }.Concat(_statements.Select(s => s.Option)).All(o => parse.GetValue(o) is null))
        {
            return null;
        }

        var statements = string.Join('\n', _statements
            .Where(s => parse.GetValue(s.Option) is not null).Select(s => $"{s.Language.Code}: {parse.GetValue(s.Option)}"));
        return new FactForm(
            parse.GetValue(_subject) ?? "",
            parse.GetValue(_amount) ?? "",
            parse.GetValue(_period) ?? "",
            parse.GetValue(_source) ?? "",
            parse.GetValue(_quote) ?? "",
            statements,
            parse.GetValue(_kind) ?? "",
            parse.GetValue(_topics)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            parse.GetValue(_id));
    }

    /// <summary>The language to read the amount in: German unless <c>--language</c> names another; null for an unknown code.</summary>
    public Language? Language(ParseResult parse) =>
        parse.GetValue(_language) is { } code ? CliLanguages.Find(code) : Core.Knowledge.Language.German;

    /// <summary>The error for a <c>--language</c> that names no language.</summary>
    public string LanguageError(ParseResult parse) => $"--language must be {CliLanguages.Codes}, not '{parse.GetValue(_language)}'";
}
