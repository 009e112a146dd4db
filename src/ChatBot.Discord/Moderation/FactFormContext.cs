using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing.Forms;

namespace ChatBot.Discord.Moderation;

/// <summary>
/// An open fact form, kept on the server while its moderator types (a modal's custom id holds only a token): the
/// options given with the command, the fact an edit started from, what the form was prefilled with and what it shows
/// now (the last submission, so "Fix the form" reopens it with the moderator's text).
/// </summary>
public sealed record FactFormContext(
    string UserId,
    Language Language,
    FactForm Shown,
    string? Reason,
    DateTimeOffset Expires,
    FactFormEdit? Edit = null) : IModeratorOwned;
