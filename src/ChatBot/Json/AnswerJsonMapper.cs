using System.Globalization;
using ChatBot.Core.Answers;
using ChatBot.Core.Answers.Freshness;
using ChatBot.Core.Phrasing;

namespace ChatBot.Json;

internal static class AnswerJsonMapper
{
    public static AnswerJson Map(string question, Answer answer)
    {
        var language = answer.Language;
        var facts = answer.Facts.Select(fact =>
        {
            var source = answer.Sources.First(s => s.Source.Id == fact.SourceId).Source;
            var freshness = AnswerFreshness.Of(answer, fact);
            return new FactJson(
                fact.Id,
                fact.SubjectId,
                Snake(fact.Kind.ToString()),
                fact.Amount is { } amount ? FigureFormatter.Format(amount, language) : null,
                fact.Amount is { } a ? new AmountJson(a.Min, a.Max, a.Currency, Snake(a.Scale.ToString()), Snake(a.Unit.ToString()), Snake(a.Qualifier.ToString())) : null,
                PeriodFormatter.Format(fact.Period, language),
                fact.Statement.In(language),
                new SourceJson(source.Id, source.Title, source.Publisher, source.Url, source.File, fact.Quote))
            {
                AsOf = freshness?.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                OlderFigure = freshness?.Older ?? false,
            };
        });
        return new AnswerJson(
            question,
            language.Code,
            answer.Answered,
            PlainTextRenderer.Render(answer),
            Snake(answer.Kind.ToString()),
            [.. facts])
        {
            Computed = [.. answer.Computed.Select(c => new ComputedJson(
                Snake(c.Operation.ToString()),
                c.Figure,
                c.Bounds.Low,
                c.Bounds.High,
                c.Bounds.LowExclusive,
                c.Bounds.HighExclusive,
                c.Bounds.Approximate,
                c.Bounds.Uncertain,
                Snake(c.Amount.Unit.ToString()),
                c.Amount.Currency,
                Snake(c.Amount.Scale.ToString()),
                Snake(c.Amount.Qualifier.ToString()),
                c.Rounded,
                [.. c.Inputs.Select(f => f.Id)]))],
        };
    }

    /// <summary>The contract for a possibly phrased answer: its text in <c>answer</c>, the template's facts, and <c>phrased: true</c>.</summary>
    public static AnswerJson Map(string question, PhrasedAnswer phrased) => phrased.IsPhrased
        ? Map(question, phrased.Template) with { Answer = PhrasedAnswerRenderer.Render(phrased), Phrased = true }
        : Map(question, phrased.Template);

    private static string Snake(string pascal) => string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
