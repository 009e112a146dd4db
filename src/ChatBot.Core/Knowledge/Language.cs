namespace ChatBot.Core.Knowledge;

/// <summary>The languages the bot understands and answers in.</summary>
public enum Language
{
    English,
    German,
}
