using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

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

        var query = engine.Understand(knowledge, text, language);
        return query.Subjects.Count == 1 && query.UnknownNames.Count == 0 ? query.Subjects[0] : null;
    }
}
