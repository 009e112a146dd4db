namespace ChatBot.Discord.Models;

/// <summary>Button appearance; <see cref="Link"/> buttons carry a URL instead of a custom id.</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}
