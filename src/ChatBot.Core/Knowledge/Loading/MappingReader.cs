using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>
/// Reads typed values from one YAML mapping, reporting unknown keys, missing fields and wrong types with
/// their line numbers.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMappingNode _node;
    private readonly ErrorSink _errors;
    private readonly string _what;

    public MappingReader(YamlNode node, ErrorSink errors, string what, IReadOnlyCollection<string> allowedKeys, string? factId = null)
    {
        _errors = errors;
        _what = what;
        FactId = factId;
        Line = Lines.Of(node);
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(Line, factId, $"{what} must be a mapping of keys to values");
            _node = new YamlMappingNode();
            IsValid = false;
            return;
        }

        _node = mapping;
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowedKeys.Contains(name))
            {
                errors.Add(Lines.Of(key), factId, $"unknown key '{name}' in {what} (allowed: {string.Join(", ", allowedKeys)})");
            }
        }
    }

    public int Line { get; }

    public bool IsValid { get; } = true;

    public string? FactId { get; }

    public bool Has(string key) => Child(key) is { } child && !IsNull(child);

    public YamlNode? Child(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? RequiredString(string key)
    {
        var value = OptionalString(key);
        if (value is null && IsValid)
        {
            _errors.Add(Line, FactId, $"{_what} is missing the required field '{key}'");
        }

        return value;
    }

    public string? OptionalString(string key)
    {
        var child = Child(key);
        if (child is null || IsNull(child))
        {
            return null;
        }

        if (child is YamlScalarNode scalar)
        {
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        }

        _errors.Add(Lines.Of(child), FactId, $"'{key}' in {_what} must be a single value");
        return null;
    }

    public int? OptionalInt(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _errors.Add(Lines.Of(Child(key)!), FactId, $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    public decimal? OptionalDecimal(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _errors.Add(Lines.Of(Child(key)!), FactId, $"'{key}' must be a number (use a dot for decimals), not '{text}'");
        return null;
    }

    public bool? OptionalBool(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        _errors.Add(Lines.Of(Child(key)!), FactId, $"'{key}' must be true or false, not '{text}'");
        return null;
    }

    public IReadOnlyList<string> StringList(string key)
    {
        var child = Child(key);
        if (child is null || IsNull(child))
        {
            return [];
        }

        if (child is not YamlSequenceNode sequence)
        {
            _errors.Add(Lines.Of(child), FactId, $"'{key}' in {_what} must be a list, e.g. [a, b]");
            return [];
        }

        var values = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
            {
                values.Add(text.Trim());
            }
            else
            {
                _errors.Add(Lines.Of(item), FactId, $"'{key}' in {_what} must contain plain text values");
            }
        }

        return values;
    }

    public TEnum? OptionalEnum<TEnum>(string key, IReadOnlyDictionary<string, TEnum> names)
        where TEnum : struct
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text.ToLowerInvariant(), out var value))
        {
            return value;
        }

        _errors.Add(Lines.Of(Child(key)!), FactId, $"unknown {key} '{text}' (allowed: {string.Join(", ", names.Keys)})");
        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar
        && (scalar.Value is null || scalar.Value is "" or "~" or "null" or "Null" or "NULL");
}
