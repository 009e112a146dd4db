using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rendering;
using static ChatBot.Discord.Commands.DiscordCommandDefinitions;

namespace ChatBot.Discord.Commands;

/// <summary>
/// The commands that answer from the knowledge: /ask and the "Ask ChatBot" message command take free text; /pledge,
/// /compare, /top, /sources and /help build the query from typed options instead of parsing text.
/// </summary>
public sealed class AnswerCommands(
    IAnswerEngine engine,
    IKnowledgeProvider knowledge,
    IAnswerPhraser phraser,
    IConversationContextStore conversations,
    DiscordAnswerCache cache,
    TimeProvider time)
{
    /// <summary>
    /// How long phrasing may take. The transport answers inline within its 2.5 s deadline and defers after that, so a
    /// slow model costs a deferred reply, never a missing one; past this budget the template answer goes out.
    /// </summary>
    public static readonly TimeSpan PhrasingBudget = TimeSpan.FromSeconds(10);

    public Task<InteractionResponse> AskAsync(Interaction interaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return AnswerTextAsync(interaction, InteractionOptions.String(interaction.Data, QuestionOption), ct);
    }

    /// <summary>The message context-menu command: answers the content of the message it was used on.</summary>
    public async Task<InteractionResponse> AskAboutMessageAsync(Interaction interaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var data = interaction.Data;
        var target = data?.TargetId is { } id ? data.Resolved?.Messages?.GetValueOrDefault(id) : null;
        if (string.IsNullOrWhiteSpace(target?.Content))
        {
            return DiscordResponses.Ephemeral(DiscordPhrases.For(InteractionLanguage.Of(interaction)).EmptyMessage);
        }

        return await AnswerTextAsync(interaction, target.Content, ct);
    }

    public InteractionResponse Pledge(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var language = InteractionLanguage.Of(interaction);
        if (!TryReadYear(interaction, language, out var year, out var invalid))
        {
            return invalid;
        }

        var company = InteractionOptions.String(interaction.Data, CompanyOption) ?? "";
        var kb = knowledge.Current;
        var query = SubjectResolver.Resolve(company, kb, engine, language) is { } subject
            ? Query(company, language, QueryIntent.Figures, [subject], [], year)
            // An unknown company gets the engine's own "no figure" answer for that name instead of a guess.
            : Query(TypedName.Clean(company), language, QueryIntent.Figures, [], Unknown(company), year);
        return Respond(engine.Answer(kb, query));
    }

    public InteractionResponse Compare(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var language = InteractionLanguage.Of(interaction);
        if (!TryReadYear(interaction, language, out var year, out var invalid))
        {
            return invalid;
        }

        var first = InteractionOptions.String(interaction.Data, FirstCompanyOption) ?? "";
        var second = InteractionOptions.String(interaction.Data, SecondCompanyOption) ?? "";
        var kb = knowledge.Current;
        var a = SubjectResolver.Resolve(first, kb, engine, language);
        var b = SubjectResolver.Resolve(second, kb, engine, language);
        Subject[] known = [.. new[] { a, b }.OfType<Subject>().DistinctBy(s => s.Id)];
        string[] unknown = [.. (a is null ? Unknown(first) : []), .. (b is null ? Unknown(second) : [])];

        // Two known companies are compared. With one unknown side the engine gives the known side's figures and says
        // it has none for the other; with none known (or the same company twice) there is nothing to compare, and it
        // answers as for /pledge.
        var intent = known.Length == 2 || (known.Length == 1 && unknown.Length > 0) ? QueryIntent.Compare : QueryIntent.Figures;
        return Respond(engine.Answer(kb, Query($"{TypedName.Clean(first)} / {TypedName.Clean(second)}", language, intent, known, unknown, year)));
    }

    public InteractionResponse Top(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var language = InteractionLanguage.Of(interaction);
        return TryReadYear(interaction, language, out var year, out var invalid)
            ? Respond(engine.Answer(Query(DiscordCommandDefinitions.Top, language, QueryIntent.Rank, [], year)))
            : invalid;
    }

    public InteractionResponse Sources(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return Respond(engine.Answer(Query(DiscordCommandDefinitions.Sources, InteractionLanguage.Of(interaction), QueryIntent.Sources, [], null)));
    }

    public InteractionResponse Help(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var answer = engine.Answer(Query(DiscordCommandDefinitions.Help, InteractionLanguage.Of(interaction), QueryIntent.Help, [], null));
        return DiscordResponses.Message(DiscordAnswerRenderer.Render(answer, MessageFlags.Ephemeral));
    }

    private async Task<InteractionResponse> AnswerTextAsync(Interaction interaction, string? question, CancellationToken ct)
    {
        if (!QuestionGuard.TryAccept(question, out var accepted, out var refusal))
        {
            return DiscordResponses.Ephemeral(PhraseBooks.Default.For(InteractionLanguage.Of(interaction)).Answers.Refusal(refusal));
        }

        // One snapshot for understanding, answering and rendering.
        var kb = knowledge.Current;
        var language = InteractionLanguage.FromLocale(interaction);
        var cacheKey = new AnswerCacheKey(accepted, language, time.GetUtcNow().Year);
        var cached = cache.Find(kb, cacheKey);
        var understood = cached?.Query ?? engine.Understand(kb, accepted, language);

        // /ask keeps the user's last question in this channel, so "und 2024?" follows up as in the console chat.
        // A question completed from that context is answered afresh; only one that stands on its own (FollowUp
        // hands back the very query it was given) has the same answer for everybody and may come from the cache.
        var key = new ConversationKey("discord", interaction.ChannelId ?? "dm", interaction.InvokingUser?.Id ?? "unknown");
        var context = conversations.Get(key);
        var query = context is null ? understood : FollowUp.Apply(understood, context);
        var standsAlone = ReferenceEquals(query, understood);
        var answer = standsAlone && cached is not null ? cached.Answer : engine.Answer(kb, query);
        conversations.Set(key, answer.Query);

        var phrased = await phraser.PhraseAsync(accepted, answer, PhrasingBudget, ct);
        if (phrased.Text is not null || !ReferenceEquals(phrased.Template, answer))
        {
            // Phrased by a model, or replaced by the understanding fallback: never cached.
            return DiscordResponses.Message(DiscordAnswerRenderer.Render(phrased));
        }

        if (standsAlone && cached is not null)
        {
            return DiscordResponses.Message(cached.Rendered);
        }

        var rendered = DiscordMessageLimits.Apply(DiscordAnswerRenderer.Render(answer));
        if (standsAlone)
        {
            cache.Add(kb, cacheKey, new CachedAnswer(understood, answer, rendered));
        }

        return DiscordResponses.Message(rendered);
    }

    private static bool TryReadYear(Interaction interaction, Language language, out int? year, out InteractionResponse invalid)
    {
        year = InteractionOptions.Integer(interaction.Data, YearOption);
        invalid = DiscordResponses.Ephemeral(DiscordPhrases.For(language).InvalidYear(MinYear, MaxYear));
        return year is null or (>= MinYear and <= MaxYear);
    }

    private static Query Query(string text, Language language, QueryIntent intent, IReadOnlyList<Subject> subjects, int? year) =>
        Query(text, language, intent, subjects, [], year);

    // Unknown names stand where the investor does, as in "How much does Intel invest?": the answer is about them.
    // A query naming nobody (an empty option, which Discord's required options only let a forged payload send) keeps no
    // year either: a bare year would list every figure of that year instead of asking which company is meant.
    private static Query Query(string text, Language language, QueryIntent intent, IReadOnlyList<Subject> subjects, IReadOnlyList<string> unknown, int? year) =>
        new(text, language, intent, subjects, [], year is { } y && (subjects.Count > 0 || unknown.Count > 0) ? new PeriodFilter([y]) : PeriodFilter.None,
            unknown, UnknownIsActor: unknown.Count > 0);

    private static string[] Unknown(string typed) => TypedName.Clean(typed) is { Length: > 0 } name ? [name] : [];

    private static InteractionResponse Respond(Answer answer) => DiscordResponses.Message(DiscordAnswerRenderer.Render(answer));
}
