namespace ChatBot.Core.Knowledge;

/// <summary>A text in German and English.</summary>
public sealed record LocalizedText(string De, string En)
{
    public string In(Language language) => language == Language.German ? De : En;
}
