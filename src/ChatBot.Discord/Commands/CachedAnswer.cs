using ChatBot.Core.Answers;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>
/// A question understood and answered once from one snapshot: the understood query (before any conversation context),
/// the answer, and the answer's template rendering with Discord's limits applied.
/// </summary>
internal sealed record CachedAnswer(Query Query, Answer Answer, InteractionCallbackData Rendered);
