namespace ChatBot.Core.Knowledge;

/// <summary>
/// The years the bot deals in, for knowledge files, questions and command options alike: a fact dated outside them
/// could never be asked about, and a question's "1850" is no year of AI investment.
/// </summary>
public static class Years
{
    public const int Min = 1990;
    public const int Max = 2100;

    public static bool IsValid(int year) => year is >= Min and <= Max;
}
