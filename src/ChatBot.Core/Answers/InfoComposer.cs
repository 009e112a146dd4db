using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>Answers without figures: help, greetings, the source and subject lists, and "no figure".</summary>
internal static class InfoComposer
{
    public static Answer Help(AnswerBuilder builder, AnswerKind kind = AnswerKind.Help)
    {
        builder.Section(null, [.. builder.Phrases.HelpLines.Select(Text)]);
        builder.Note(KnownSubjects(builder));
        var headline = kind == AnswerKind.Greeting ? builder.Phrases.GreetingHeadline : builder.Phrases.HelpHeadline;
        return builder.Build(kind, false, headline);
    }

    public static Answer Sources(AnswerBuilder builder)
    {
        var knowledge = builder.Knowledge;
        var items = knowledge.Sources.Select(source =>
        {
            var facts = knowledge.Facts.Where(f => f.SourceId == source.Id).ToList();
            var text = $"{builder.Phrases.SourceLine(source)} – {builder.Phrases.FactCount(facts.Count)}";
            return new AnswerItem(null, null, null, text, [], []);
        });
        builder.Section(null, [.. items]);
        return builder.Build(AnswerKind.SourceList, true, builder.Phrases.SourcesHeadline);
    }

    public static Answer Subjects(AnswerBuilder builder)
    {
        var items = builder.Knowledge.Subjects
            .Where(s => builder.Knowledge.FactsAbout(s.Id).Count > 0 || builder.Knowledge.FactsInvolving(s.Id).Count > 0)
            .Select(s => Text(s.Aliases.Count == 0 ? builder.NameOf(s) : $"{builder.NameOf(s)} ({string.Join(", ", s.Aliases.Take(4))})"));
        builder.Section(null, [.. items]);
        return builder.Build(AnswerKind.SubjectList, true, builder.Phrases.SubjectsHeadline);
    }

    public static Answer NoFigure(AnswerBuilder builder, IReadOnlyList<string> unknownNames)
    {
        var headline = unknownNames.Count > 0
            ? builder.Phrases.NoFigureForNames(builder.Phrases.List(unknownNames.Take(3).Select(builder.Phrases.Quoted)))
            : builder.Phrases.NoFigureGeneric;
        builder.Note(KnownSubjects(builder));
        return builder.Build(AnswerKind.NoFigure, false, headline);
    }

    public static Answer Clarify(AnswerBuilder builder)
    {
        builder.Note(KnownSubjects(builder));
        return builder.Build(AnswerKind.Clarification, false, builder.Phrases.ClarifyHeadline);
    }

    private static string KnownSubjects(AnswerBuilder builder) => builder.Phrases.KnownSubjects(
        builder.Phrases.ShortList([.. builder.Knowledge.Subjects
            .Where(s => s.Kind == SubjectKind.Company && builder.Knowledge.FactsAbout(s.Id).Count > 0)
            .Select(builder.NameOf)]));

    private static AnswerItem Text(string text) => new(null, null, null, text, [], []);
}
