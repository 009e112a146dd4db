using ChatBot.Core.Knowledge.Editing.Forms;

namespace ChatBot.Discord.Moderation;

/// <summary>The fact an edit form started from: its id, the version the edit must still find, and the original values.</summary>
public sealed record FactFormEdit(string FactId, string Version, FactFormOriginal Original);
