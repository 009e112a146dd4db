using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// "Frankreich ohne Brookfield, wie viel bleibt?": a subject's figure minus the part a partner the question leaves
/// out contributes to it (a fact of the subject naming that partner), computed and labelled as computed.
/// </summary>
internal static class ExcludedPartComposer
{
    public static Answer? TryCompose(AnswerBuilder builder)
    {
        var query = builder.Query;
        if (query.Subjects is not [var subject] || query.ExcludedSubjectIds is not [var excluded] || query.Intent == QueryIntent.Rank
            || query.Computation is not (null or ComputationKind.Remainder or ComputationKind.Difference))
        {
            return null;
        }

        var money = builder.Knowledge.FactsAbout(subject.Id).Where(f => f.Amount is { IsMoney: true }).ToList();
        if (money.Where(f => f.Related.Contains(excluded)).ToList() is not [var part])
        {
            return null;
        }

        // The whole is the subject's largest figure in the part's currency that names no left-out partner.
        var whole = money
            .Where(f => !f.Related.Contains(excluded) && f.Amount!.Currency == part.Amount!.Currency && f.Amount.MinInUnits > part.Amount.MaxInUnits)
            .OrderByDescending(f => f.Amount!.MaxInUnits)
            .FirstOrDefault();
        if (whole is null || !Calculator.Comparable(part.Amount!, whole.Amount!))
        {
            return null;
        }

        Fact[] inputs = [whole, part];
        var figure = Calculator.Money(ComputationKind.Difference, Bounds.Of(whole.Amount!) - Bounds.Of(part.Amount!), whole.Amount!, inputs, builder.Figures);
        var name = builder.NameOf(subject);
        var partner = builder.NameOf(excluded);
        var phrases = builder.Computation;
        builder.Section(null, [ComputationComposer.ComputedLine(builder, figure, ComputationComposer.Describe(builder, (name, whole)), ComputationComposer.Describe(builder, (partner, part)), null)]);
        builder.Section(phrases.Inputs, [builder.Line([whole], name), builder.Line([part], partner)]);
        return builder.Build(AnswerKind.Computed, true, phrases.Headline(ComputationKind.Remainder, name));
    }
}
