using System.Globalization;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>
/// Reads a fact's optional <c>announced</c> date: <c>YYYY-MM-DD</c> or <c>YYYY-MM</c>, as the article states it.
/// A bare year is refused on purpose: "when was it announced?" needs at least the month.
/// </summary>
internal static class AnnouncedReader
{
    public static Period? Read(MappingReader reader, ErrorSink errors)
    {
        if (!reader.Has("announced") || reader.OptionalString("announced") is not { } raw)
        {
            return null;
        }

        var text = raw.Trim();
        Period? announced = text.Length switch
        {
            10 when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                => new Period(PeriodKind.Date, date.Year, Date: date),
            7 when DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
                => new Period(PeriodKind.Month, first.Year, first.Month),
            _ => null,
        };

        if (announced is null)
        {
            errors.Add(reader.Line, reader.FactId, $"announced must be a date YYYY-MM-DD or a month YYYY-MM, not '{ErrorExcerpt.Of(text)}'");
            return null;
        }

        if (!Years.IsValid(announced.Year ?? 0))
        {
            errors.Add(reader.Line, reader.FactId, $"announced must be in a year from {Years.Min} to {Years.Max}, not {announced.Year}");
            return null;
        }

        return announced;
    }
}
