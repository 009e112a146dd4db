namespace ChatBot.Core.Knowledge;

/// <summary>The magnitude word an amount is stated in.</summary>
public enum Scale
{
    One,
    Thousand,
    Million,
    Billion,
    Trillion,
}
