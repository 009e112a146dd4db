using System.Runtime.CompilerServices;
using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Knowledge.Loading;

internal static class AmountReader
{
    private static readonly string[] Keys = ["value", "min", "max", "currency", "unit", "scale", "qualifier"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Amount? Read(YamlValue node, ErrorSink errors, string? factId)
    {
        var reader = new MappingReader(node, errors, "amount", Keys, factId);
        if (!reader.IsValid)
        {
            return null;
        }

        var value = reader.OptionalDecimal("value");
        var min = reader.OptionalDecimal("min");
        var max = reader.OptionalDecimal("max");
        if (value is not null && (min is not null || max is not null))
        {
            errors.Add(reader.Line, factId, "amount has both 'value' and 'min'/'max': use value for one figure, min and max for a range");
        }

        min ??= value;
        max ??= value ?? min;
        if (min is null || max is null)
        {
            errors.Add(reader.Line, factId, "amount needs 'value' (one figure) or 'min' and 'max' (a range)");
            return null;
        }

        if (min > max)
        {
            errors.Add(reader.Line, factId, $"amount min ({min}) is greater than max ({max})");
        }

        if (min < 0)
        {
            errors.Add(reader.Line, factId, "amount must not be negative");
        }

        var currency = reader.OptionalString("currency");
        var unit = reader.OptionalEnum("unit", KnowledgeVocabulary.Units);
        if (currency is not null && !KnowledgeVocabulary.Currencies.Contains(currency))
        {
            errors.Add(reader.Line, factId, $"unknown currency '{ErrorExcerpt.Of(currency)}' (allowed: {string.Join(", ", KnowledgeVocabulary.Currencies)})");
        }

        if (currency is not null && unit is not null)
        {
            errors.Add(reader.Line, factId, "amount has both 'currency' and 'unit': money has a currency, other figures a unit");
        }
        else if (currency is null && unit is null && !reader.Has("unit"))
        {
            errors.Add(reader.Line, factId, "amount needs a 'currency' (USD, EUR, …) or a 'unit' (percent, times, countries, organisations, parameters)");
        }

        var scale = reader.OptionalEnum("scale", KnowledgeVocabulary.Scales) ?? Scale.One;
        var qualifier = reader.OptionalEnum("qualifier", KnowledgeVocabulary.Qualifiers) ?? Qualifier.Exact;
        return new Amount(min.Value, max.Value, unit ?? Unit.Money, currency, scale, qualifier);
    }
}
