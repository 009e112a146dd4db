namespace ChatBot.Core.Knowledge.Loading;

/// <summary>The text of one knowledge file and the name its errors are reported against.</summary>
public sealed record KnowledgeFileText(string File, string Text);
