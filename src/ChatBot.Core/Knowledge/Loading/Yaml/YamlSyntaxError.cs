namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>Why a YAML text could not be read, and the 1-based line where reading stopped.</summary>
internal sealed record YamlSyntaxError(int Line, string Message);
