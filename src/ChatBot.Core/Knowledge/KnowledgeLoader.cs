using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// Turns knowledge-file text into a validated snapshot. All-or-nothing: any error yields no snapshot, so a
/// host keeps serving its last good version.
/// </summary>
public static class KnowledgeLoader
{
    /// <param name="yaml">The file's text.</param>
    /// <param name="file">The file name errors are reported against.</param>
    public static KnowledgeLoadResult Load(string yaml, string file)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(file);
        var errors = new ErrorSink(file);
        if (!KnowledgeTextGuard.Check(yaml, errors))
        {
            return new KnowledgeLoadResult(null, [.. errors.Errors]);
        }

        var draft = KnowledgeYamlReader.Read(yaml, errors);
        KnowledgeValidator.Validate(draft, errors);

        if (errors.Errors.Count > 0)
        {
            return new KnowledgeLoadResult(null, [.. errors.Errors.OrderBy(e => e.Line)]);
        }

        var knowledge = new KnowledgeBase(
            [.. draft.Sources.Select(s => s.Value)],
            [.. draft.Topics.Select(t => t.Value)],
            [.. draft.Subjects.Select(s => s.Value)],
            draft.Facts,
            file);
        return new KnowledgeLoadResult(knowledge, []);
    }
}
