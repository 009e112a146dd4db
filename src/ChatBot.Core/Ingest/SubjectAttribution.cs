using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest;

/// <summary>
/// Decides whose figure a sentence states. Before the plain "known name nearest the figure" reading, it recognises
/// figures that belong to a group or joint project (a group named before the figure, a full member list, partners
/// named together with a joint cue or a project named in the sentence or the next), a company referred back to
/// ("das Unternehmen"), contributors money comes from (the figure is the recipient's), and a speaker's estimate of
/// a market. Partners, contributors and speakers are never proposed as the subject of such figures.
/// </summary>
internal static class SubjectAttribution
{
    private const int Far = int.MaxValue / 2;

    public static (SubjectMention Subject, string Reason) Locate(
        ParagraphMentions paragraph, int index, int figureStart, FactKind kind, ParagraphMentions previousParagraph, IReadOnlyList<Subject> subjects)
    {
        var sentence = paragraph.Sentences[index];
        var actors = Actors(paragraph, index);
        var before = actors.Where(m => m.Start < figureStart).ToList();

        if (GroupBeforeFigure(before) is { } group)
        {
            return (Mention(group, 0), $"group or project '{group.Id}' named before the figure");
        }

        var companies = before.Where(m => m.Subject.Kind is SubjectKind.Company or SubjectKind.Organisation).Select(m => m.Subject).Distinct().ToList();
        if (companies.Count >= 2 && subjects.FirstOrDefault(s => s.Members.Count > 0 && s.Members.ToHashSet().SetEquals(companies.Select(c => c.Id))) is { } byMembers)
        {
            return (Mention(byMembers, 0), $"'{byMembers.Id}' is exactly the companies named together");
        }

        var joint = AttributionCues.HasJointCue(sentence);
        if (companies.Count >= 2 || joint)
        {
            // "OpenAI, SoftBank und Oracle investieren 500 Mrd. … Das Vorhaben „Stargate“ …": the partners' joint project.
            var nearby = actors.Concat(index + 1 < paragraph.Count ? paragraph.Known(index + 1) : []);
            if (nearby.Select(m => m.Subject).FirstOrDefault(s => s.Kind is SubjectKind.Project or SubjectKind.Group) is { } project)
            {
                return (Mention(project, 0), $"joint figure of the partners named: project or group '{project.Id}' named with them");
            }

            if (joint && before.Count > 0)
            {
                return (Mention(before[0].Subject, 0), $"subject '{before[0].Subject.Id}' named first among the partners acting jointly");
            }
        }

        if (kind == FactKind.Estimate && before.Any(m => AttributionCues.IsSpeaker(sentence, m)) && Market(paragraph, index, subjects) is { } market)
        {
            return (Mention(market, 0), $"an estimate of the market '{market.Id}' by a speaker named in the sentence");
        }

        // An event is where money was pledged, not who pledged it ("Beim KI-Gipfel kündigte er … an").
        if (before.All(m => m.Subject.Kind == SubjectKind.Event) && AttributionCues.HasAnaphor(sentence[..figureStart]) && FirstActorEarlier(paragraph, index, previousParagraph) is { } referred)
        {
            return (new SubjectMention(referred.Id, referred.Name.In(Language.English), IsNew: false, Far), $"subject '{referred.Id}' referred back to (named first in an earlier sentence)");
        }

        if (Nearest(actors, figureStart) is { } nearest)
        {
            return (nearest, $"subject '{nearest.Id}' named in the sentence");
        }

        for (var previous = index - 1; previous >= 0; previous--)
        {
            if (Actors(paragraph, previous).LastOrDefault() is { } earlier)
            {
                return (Mention(earlier.Subject, Far), $"subject '{earlier.Subject.Id}' named earlier in the paragraph");
            }
        }

        if (SubjectLocator.Unknown(sentence, figureStart) is { } unknown)
        {
            return (unknown, $"'{unknown.Name}' is not in the knowledge: proposed as a new subject");
        }

        for (var previous = index - 1; previous >= 0; previous--)
        {
            if (paragraph.LastUnknown(previous) is { } earlier)
            {
                return (earlier with { Distance = Far }, $"'{earlier.Name}', named earlier in the paragraph, is not in the knowledge: proposed as a new subject");
            }
        }

        // "Über die Hälfte dieser Summe …" opens a paragraph about the subject of the one before.
        for (var previous = previousParagraph.Count - 1; previous >= 0; previous--)
        {
            if (Actors(previousParagraph, previous).LastOrDefault() is { } before2)
            {
                return (Mention(before2.Subject, Far), $"subject '{before2.Subject.Id}' named in the paragraph before");
            }
        }

        for (var previous = previousParagraph.Count - 1; previous >= 0; previous--)
        {
            if (previousParagraph.LastUnknown(previous) is { } earlier)
            {
                return (earlier with { Distance = Far }, $"'{earlier.Name}', named in the paragraph before, is not in the knowledge: proposed as a new subject");
            }
        }

        return (new SubjectMention("unknown", "unknown", IsNew: false, int.MaxValue), "no subject found: set one before approving");
    }

    // The subjects a sentence names as actors: those money merely comes from are left out.
    private static List<KnownMention> Actors(ParagraphMentions paragraph, int index)
    {
        var sentence = paragraph.Sentences[index];
        return [.. paragraph.Known(index).Where(m => !AttributionCues.IsContributor(sentence, m))];
    }

    // "Die vier großen US-Techkonzerne Amazon, Alphabet, Meta und Microsoft haben angekündigt, mehr als 300 …": a group
    // or project named before the figure, with at most its own members between it and the figure.
    private static Subject? GroupBeforeFigure(List<KnownMention> before)
    {
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var subject = before[i].Subject;
            if (subject.Kind is SubjectKind.Group or SubjectKind.Project)
            {
                return before.Skip(i + 1).All(m => subject.Members.Contains(m.Subject.Id)) ? subject : null;
            }
        }

        return null;
    }

    private static Subject? Market(ParagraphMentions paragraph, int index, IReadOnlyList<Subject> subjects)
    {
        for (var i = index; i >= 0; i--)
        {
            if (paragraph.Known(i).Select(m => m.Subject).FirstOrDefault(s => s.Kind == SubjectKind.Market) is { } named)
            {
                return named;
            }
        }

        var markets = subjects.Where(s => s.Kind == SubjectKind.Market).Take(2).ToList();
        return markets.Count == 1 ? markets[0] : null;
    }

    // The actor of an earlier sentence is usually named first in it ("Oracle hat sich … etabliert. Im Juni gab das
    // Unternehmen bekannt, …").
    private static Subject? FirstActorEarlier(ParagraphMentions paragraph, int index, ParagraphMentions previousParagraph)
    {
        for (var previous = index - 1; previous >= 0; previous--)
        {
            if (Actors(paragraph, previous).FirstOrDefault() is { } first)
            {
                return first.Subject;
            }
        }

        for (var previous = previousParagraph.Count - 1; previous >= 0; previous--)
        {
            if (Actors(previousParagraph, previous).FirstOrDefault() is { } first)
            {
                return first.Subject;
            }
        }

        return null;
    }

    private static SubjectMention? Nearest(List<KnownMention> mentions, int figureStart)
    {
        SubjectMention? best = null;
        foreach (var mention in mentions)
        {
            var distance = mention.Start <= figureStart ? figureStart - mention.Start : 2 * (mention.Start - figureStart);
            if (best is null || distance < best.Distance)
            {
                best = Mention(mention.Subject, distance);
            }
        }

        return best;
    }

    private static SubjectMention Mention(Subject subject, int distance) => new(subject.Id, subject.Name.In(Language.English), IsNew: false, distance);
}
