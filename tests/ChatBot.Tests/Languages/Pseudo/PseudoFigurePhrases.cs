using System.Globalization;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Tests.Languages.Pseudo;

/// <summary>The pseudo-language's FigurePhrases: every phrase marked, its text arguments left outside the marks.</summary>
internal sealed class PseudoFigurePhrases : FigurePhrases
{
    // Numbers are the language's too: marked whole, so a number formatted by code outside the phrase book shows.
    public override string Number(decimal value) => PseudoText.Mark("Number", value.ToString(CultureInfo.InvariantCulture));

    public override string Amount(Amount amount) =>
        PseudoText.Mark("Amount", Number(amount.Min), Number(amount.Max), amount.Unit, amount.Currency, amount.Scale);

    public override string Qualifier(Qualifier qualifier) => PseudoText.Mark("Qualifier", qualifier);

    public override string CurrencyName(string? currency) => PseudoText.Mark("CurrencyName", currency);
}
