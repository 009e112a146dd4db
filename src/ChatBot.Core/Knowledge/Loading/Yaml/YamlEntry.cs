namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>One key of a mapping with the line it is written on, and its value.</summary>
internal readonly record struct YamlEntry(string Key, int KeyLine, YamlValue Value);
