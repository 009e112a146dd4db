using ChatBot.Core.Knowledge;

namespace ChatBot.Discord.Commands;

/// <summary>
/// What a free-text answer depends on besides the knowledge snapshot: the question exactly as the guard accepted it
/// (case and wording change what the parser understands, so nothing is folded further), the language the locale asks
/// for (null: detected from the text) and the current year, which relative periods ("this year") are read against.
/// </summary>
internal readonly record struct AnswerCacheKey(string Question, Language? Language, int Year);
