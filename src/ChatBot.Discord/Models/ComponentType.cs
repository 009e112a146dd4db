namespace ChatBot.Discord.Models;

/// <summary>Message and modal component kinds used by the bot.</summary>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
    StringSelect = 3,
    TextInput = 4,
    TextDisplay = 10,
    Label = 18,
}
