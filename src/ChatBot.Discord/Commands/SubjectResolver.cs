using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Text;
using ChatBot.Core.Understanding;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Turns a company option into a subject: autocomplete sends the subject id, but users may also type a name or alias
/// and send it without picking a suggestion.
/// </summary>
internal static class SubjectResolver
{
    public static Subject? Resolve(string? text, KnowledgeBase knowledge, IAnswerEngine engine, Language language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (knowledge.FindSubject(text) is { } byId)
        {
            return byId;
        }

        // A typed name or alias is looked up in the alias index the question parser matches against, folded and
        // tokenized the same way; only what is not exactly a name (a typo, a genitive, extra words) needs the parser.
        var tokens = Tokenizer.Tokenize(TextFolding.Fold(text));
        if (tokens.Count > 0 && knowledge.Aliases.Find(string.Join(' ', tokens)) is { } byAlias)
        {
            return byAlias;
        }

        // Option text reaches the parser only through the door free text takes (length, control characters).
        if (QuestionGuard.Check(text) is not null)
        {
            return null;
        }

        var query = engine.Understand(knowledge, text, language);
        return query.Subjects.Count == 1 && query.UnknownNames.Count == 0 ? query.Subjects[0] : null;
    }
}
