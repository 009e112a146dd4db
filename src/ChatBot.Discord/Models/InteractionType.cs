namespace ChatBot.Discord.Models;

/// <summary>Kinds of interaction Discord delivers.</summary>
public enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}
