namespace ChatBot.Discord.Models;

/// <summary>Footer text of an embed.</summary>
public sealed record EmbedFooter(string Text);
