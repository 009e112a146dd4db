using System.Runtime.CompilerServices;

namespace ChatBot.Core.Knowledge.Loading;

internal static class LocalizedTextReader
{
    private static readonly string[] Keys = ["de", "en"];

    /// <summary>Reads a { de, en } mapping under <paramref name="key"/>; both languages are required.</summary>
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
        var de = reader.RequiredString("de");
        var en = reader.RequiredString("en");
        return de is null || en is null ? null : new LocalizedText(de, en);
    }
}
