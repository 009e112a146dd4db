namespace ChatBot.Discord.Models;

/// <summary>A text input's height: one line or several.</summary>
public enum TextInputStyle
{
    Short = 1,
    Paragraph = 2,
}
