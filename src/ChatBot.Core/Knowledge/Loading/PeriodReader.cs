using System.Globalization;
using System.Runtime.CompilerServices;
using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Knowledge.Loading;

internal static class PeriodReader
{
    private static readonly string[] Keys =
        ["year", "fiscal_year", "quarter", "half", "month", "date", "until", "from", "to", "years", "current_year", "label"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Period Read(YamlValue? node, ErrorSink errors, string? factId)
    {
        if (node is null or YamlText)
        {
            return Period.Unspecified;
        }

        var reader = new MappingReader(node, errors, "period", Keys, factId);
        var label = reader.Has("label") ? LocalizedTextReader.Read(reader, "label", errors, required: false) : null;
        var year = ReadYear(reader, "year", errors);
        var fiscalYear = ReadYear(reader, "fiscal_year", errors);
        var quarter = reader.OptionalInt("quarter");
        var half = reader.OptionalInt("half");
        var until = ReadYear(reader, "until", errors);
        var from = ReadYear(reader, "from", errors);
        var to = ReadYear(reader, "to", errors);
        var years = reader.OptionalInt("years");
        var month = reader.OptionalString("month");
        var date = reader.OptionalString("date");
        var currentYear = reader.OptionalBool("current_year") ?? false;

        if (quarter is not null && (quarter < 1 || quarter > 4))
        {
            errors.Add(reader.Line, factId, $"quarter must be 1 to 4, not {quarter}");
        }

        if (half is not null && half is not (1 or 2))
        {
            errors.Add(reader.Line, factId, $"half must be 1 or 2, not {half}");
        }

        if ((quarter ?? half) is not null && year is null && fiscalYear is null)
        {
            errors.Add(reader.Line, factId, "a quarter or half needs the year it belongs to ('year: 2025')");
        }

        if (from is not null && to is not null && from > to)
        {
            errors.Add(reader.Line, factId, $"period 'from' ({from}) is after 'to' ({to})");
        }

        Period period = (year, fiscalYear, quarter, half, month, date, until, from, to, years, currentYear) switch
        {
            (_, _, _, _, { } m, _, _, _, _, _, _) => Month(m, reader, errors, factId),
            (_, _, _, _, _, { } d, _, _, _, _, _) => Date(d, reader, errors, factId),
            ({ } y, _, { } q, _, _, _, _, _, _, _, _) => new Period(PeriodKind.Quarter, y, q),
            (null, { } fy, { } q, _, _, _, _, _, _, _, _) => new Period(PeriodKind.Quarter, fy, q),
            ({ } y, _, _, { } h, _, _, _, _, _, _, _) => new Period(PeriodKind.Half, y, h),
            (_, { } fy, _, _, _, _, _, _, _, _, _) => new Period(PeriodKind.FiscalYear, fy),
            ({ } y, _, _, _, _, _, _, _, _, _, _) => new Period(PeriodKind.Year, y),
            (_, _, _, _, _, _, { } u, _, _, _, _) => new Period(PeriodKind.Until, FromYear: from, ToYear: u),
            (_, _, _, _, _, _, _, _, _, { } n, _) => new Period(PeriodKind.NextYears, FromYear: from, ToYear: from + n - 1, Years: n),
            (_, _, _, _, _, _, _, { } f, var t, _, _) => new Period(PeriodKind.Range, FromYear: f, ToYear: t),
            (_, _, _, _, _, _, _, _, _, _, true) => new Period(PeriodKind.CurrentYear),
            _ => Period.Unspecified,
        };

        ReportUnused(reader, currentYear, errors, factId);
        return label is null ? period : period with { Label = label };
    }

    // A key the chosen kind of period does not read would be dropped without a word ("year: 2025, until: 2030"
    // is the year 2025), so every key given must be one the period is built from. The keys are picked in the
    // order the period is built in above.
    private static void ReportUnused(MappingReader reader, bool currentYear, ErrorSink errors, string? factId)
    {
        string[] used = reader switch
        {
            _ when reader.Has("month") => ["month"],
            _ when reader.Has("date") => ["date"],
            _ when reader.Has("quarter") && reader.Has("year") => ["year", "quarter"],
            _ when reader.Has("quarter") && reader.Has("fiscal_year") => ["fiscal_year", "quarter"],
            _ when reader.Has("half") && reader.Has("year") => ["year", "half"],
            _ when reader.Has("fiscal_year") => ["fiscal_year"],
            _ when reader.Has("year") => ["year"],
            _ when reader.Has("until") => ["until", "from"],
            _ when reader.Has("years") => ["years", "from"],
            _ when reader.Has("from") => ["from", "to"],
            _ => ["current_year", "quarter", "half"],
        };
        foreach (var key in Keys)
        {
            if (key != "label" && !used.Contains(key) && reader.Has(key) && (key != "current_year" || currentYear))
            {
                errors.Add(reader.Line, factId, key == "to"
                    ? "period 'to' needs 'from'"
                    : $"period '{key}' cannot be combined with {string.Join(" and ", used.Where(reader.Has).Select(k => $"'{k}'"))}");
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int? ReadYear(MappingReader reader, string key, ErrorSink errors)
    {
        var value = reader.OptionalInt(key);
        if (value is { } year && !Years.IsValid(year))
        {
            errors.Add(reader.Line, reader.FactId, $"'{key}' must be a year from {Years.Min} to {Years.Max}, not {value}");
            return null;
        }

        return value;
    }

    private static Period Month(string text, MappingReader reader, ErrorSink errors, string? factId)
    {
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return new Period(PeriodKind.Month, first.Year, first.Month);
        }

        errors.Add(reader.Line, factId, $"month must be YYYY-MM, not '{ErrorExcerpt.Of(text)}'");
        return Period.Unspecified;
    }

    private static Period Date(string text, MappingReader reader, ErrorSink errors, string? factId)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Period(PeriodKind.Date, date.Year, Date: date);
        }

        errors.Add(reader.Line, factId, $"date must be YYYY-MM-DD, not '{ErrorExcerpt.Of(text)}'");
        return Period.Unspecified;
    }
}
