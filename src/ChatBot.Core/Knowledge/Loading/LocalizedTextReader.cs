using System.Runtime.CompilerServices;

namespace ChatBot.Core.Knowledge.Loading;

internal static class LocalizedTextReader
{
    private static readonly string[] Keys = [.. KnowledgeVocabulary.Languages.Select(l => l.Code)];

    /// <summary>
    /// Reads a mapping of language codes under <paramref name="key"/> (<c>de:</c>, <c>en:</c>, any language of
    /// <see cref="KnowledgeVocabulary.Languages"/>). German and English are required for now: every answer and index
    /// still expects both.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LocalizedText? Read(MappingReader parent, string key, ErrorSink errors, bool required)
    {
        var child = parent.Child(key);
        if (child is null || !parent.Has(key))
        {
            if (required)
            {
                errors.Add(parent.Line, parent.FactId, $"missing the required field '{key}' (with 'de' and 'en')");
            }

            return null;
        }

        var reader = new MappingReader(child, errors, key, Keys, parent.FactId);
        var texts = new List<KeyValuePair<Language, string>>(KnowledgeVocabulary.Languages.Count);
        var complete = true;
        foreach (var language in KnowledgeVocabulary.Languages)
        {
            var text = KnowledgeVocabulary.RequiredLanguages.Contains(language)
                ? reader.RequiredString(language.Code, "German and English are required for now")
                : reader.OptionalString(language.Code);
            if (text is not null)
            {
                texts.Add(new(language, text));
            }
            else if (KnowledgeVocabulary.RequiredLanguages.Contains(language))
            {
                complete = false;
            }
        }

        return complete ? new LocalizedText(texts) : null;
    }
}
