namespace ChatBot.Discord.Models;

/// <summary>Message component kinds used by the bot.</summary>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
    StringSelect = 3,
    TextInput = 4,
}
