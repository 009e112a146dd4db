namespace ChatBot.Core.Knowledge.Editing;

/// <summary>
/// A fact as written in its file: the YAML block, where it is, and its version (a hash of the block) that an edit
/// must name so it never overwrites a change it has not seen.
/// </summary>
public sealed record FactSnapshot(string Id, string File, int Line, string Yaml, string Version);
