using System.Globalization;
using System.Runtime.CompilerServices;
using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>
/// Reads typed values from one YAML mapping, reporting unknown keys, missing fields and wrong types with
/// their line numbers. Its methods run for every field of every fact, so they are compiled optimised from the
/// first call rather than after tiered compilation has caught up with a load.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMap? _node;
    private readonly ErrorSink _errors;
    private readonly string _what;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public MappingReader(YamlValue node, ErrorSink errors, string what, string[] allowedKeys, string? factId = null)
    {
        _errors = errors;
        _what = what;
        FactId = factId;
        Line = node.Line;
        if (node is not YamlMap mapping)
        {
            errors.Add(Line, factId, $"{what} must be a mapping of keys to values");
            IsValid = false;
            return;
        }

        _node = mapping;
        foreach (var entry in mapping.Entries)
        {
            if (Array.IndexOf(allowedKeys, entry.Key) < 0)
            {
                errors.Add(entry.KeyLine, factId, $"unknown key '{ErrorExcerpt.Of(entry.Key)}' in {what} (allowed: {string.Join(", ", allowedKeys)})");
            }
        }
    }

    public int Line { get; }

    public bool IsValid { get; } = true;

    public string? FactId { get; }

    public bool Has(string key) => Child(key) is { } child && !IsNull(child);

    public YamlValue? Child(string key) => _node?.Find(key);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? RequiredString(string key) => RequiredString(key, null);

    /// <param name="key">The field.</param>
    /// <param name="why">Why the field is required, appended to the error in parentheses; null for none.</param>
    public string? RequiredString(string key, string? why)
    {
        var value = OptionalString(key);
        if (value is null && IsValid)
        {
            _errors.Add(Line, FactId, why is null ? $"{_what} is missing the required field '{key}'" : $"{_what} is missing the required field '{key}' ({why})");
        }

        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? OptionalString(string key)
    {
        var child = Child(key);
        if (child is null || IsNull(child))
        {
            return null;
        }

        if (child is YamlText text)
        {
            CheckCharacters(key, text);
            return string.IsNullOrWhiteSpace(text.Value) ? null : text.Value.Trim();
        }

        _errors.Add(child.Line, FactId, $"'{key}' in {_what} must be a single value");
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        _errors.Add(Child(key)!.Line, FactId, $"'{key}' must be a whole number, not '{ErrorExcerpt.Of(text)}'");
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        _errors.Add(Child(key)!.Line, FactId, $"'{key}' must be a number (use a dot for decimals), not '{ErrorExcerpt.Of(text)}'");
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        _errors.Add(Child(key)!.Line, FactId, $"'{key}' must be true or false, not '{ErrorExcerpt.Of(text)}'");
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<string> StringList(string key)
    {
        var child = Child(key);
        if (child is null || IsNull(child))
        {
            return [];
        }

        if (child is not YamlList list)
        {
            _errors.Add(child.Line, FactId, $"'{key}' in {_what} must be a list, e.g. [a, b]");
            return [];
        }

        if (list.Items.Count == 0)
        {
            return [];
        }

        // Exact arrays: every fact keeps its lists for the life of the snapshot.
        var values = new string[list.Items.Count];
        var count = 0;
        foreach (var item in list.Items)
        {
            if (item is YamlText { Value: var text } itemText && !string.IsNullOrWhiteSpace(text))
            {
                CheckCharacters(key, itemText);
                values[count++] = text.Trim();
            }
            else
            {
                _errors.Add(item.Line, FactId, $"'{key}' in {_what} must contain plain text values");
            }
        }

        return count == values.Length ? values : values[..count];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        _errors.Add(Child(key)!.Line, FactId, $"unknown {key} '{ErrorExcerpt.Of(text)}' (allowed: {string.Join(", ", names.Keys)})");
        return null;
    }

    private void CheckCharacters(string key, YamlText text)
    {
        if (ControlCharacters.FirstIn(text.Value) is { } control)
        {
            _errors.Add(text.Line, FactId, $"'{key}' in {_what} contains the control character U+{(int)control:X4}");
        }
    }

    private static bool IsNull(YamlValue node) => node is YamlText { IsNull: true };
}
