namespace ChatBot.Core.Knowledge;

/// <summary>
/// A language the bot understands and answers in, named by its ISO 639-1 code. A value rather than an enum so that a
/// language is added as data (its phrase book and vocabulary) and one registration, not by editing a closed type.
/// </summary>
public readonly record struct Language
{
    public static Language German { get; } = new("de");
    public static Language English { get; } = new("en");

    public Language(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.ToLowerInvariant();
    }

    /// <summary>The ISO 639-1 code, lower case ("de", "en").</summary>
    public string Code { get; }

    public override string ToString() => Code;

    /// <summary>A language from its code, so data (test cases, settings) can name it as text: <c>(Language)"de"</c>.</summary>
    public static explicit operator Language(string code) => new(code);
}
