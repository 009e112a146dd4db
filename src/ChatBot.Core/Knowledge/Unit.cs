namespace ChatBot.Core.Knowledge;

/// <summary>What an amount counts. Money carries its currency on <see cref="Amount.Currency"/>.</summary>
public enum Unit
{
    Money,
    Percent,
    Times,
    Countries,
    Organisations,
    Parameters,
}
