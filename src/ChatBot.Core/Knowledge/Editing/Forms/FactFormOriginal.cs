namespace ChatBot.Core.Knowledge.Editing.Forms;

/// <summary>
/// The fact an edit form started from: the fact as loaded, its YAML block (without the list's indent) and the form
/// as it was prefilled, so fields the moderator left as they were keep their exact text in the file.
/// </summary>
public sealed record FactFormOriginal(Fact Fact, string Yaml, FactForm Prefilled);
