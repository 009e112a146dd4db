using System.Text.Json;
using ChatBot.Core.Answers;
using ChatBot.Core.Phrasing;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Discord.Commands.DiscordCommandDefinitions;

namespace ChatBot.Discord.Tests.Commands;

/// <summary>/ask with a phraser that answers after the inline deadline: Discord gets a deferral, then the phrased answer.</summary>
public sealed class AskPhrasingEndpointTests : IAsyncLifetime
{
    private const int String = 3;
    private const string Question = "How much does Meta invest in 2025?";
    private readonly GatedPhraser _phraser = new();
    private FakeDiscordRestServer _rest = null!;
    private InteractionEndpointHost _host = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRestServer.StartAsync();
        _host = await InteractionEndpointHost.StartAsync(services => services.AddSingleton<IAnswerPhraser>(_phraser).AddCuratedBot(), _rest.ApiBaseUrl);
    }

    public async Task DisposeAsync()
    {
        _phraser.Release(null);
        await _host.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task Ask_SlowPhrasing_DefersThenEditsInThePhrasedAnswerWithBotSources()
    {
        using var response = await _host.PostSignedAsync(CommandPayloads.Slash(Ask, options: (QuestionOption, String, Question)));
        var initial = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        _phraser.Release("Meta plans to invest $60–65 billion in AI in 2025 [1].");
        var patch = await _rest.WaitForAsync(r => r.Method == "PATCH");

        Assert.Equal(5, initial.GetProperty("type").GetInt32());
        Assert.Equal(AnswerCommands.PhrasingBudget, _phraser.Budget);
        Assert.EndsWith("/messages/@original", patch.Path, StringComparison.Ordinal);
        var embed = patch.Json.GetProperty("embeds")[0];
        Assert.Equal("Meta plans to invest $60–65 billion in AI in 2025 [1].", embed.GetProperty("description").GetString());
        Assert.Equal("phrased by AI", embed.GetProperty("footer").GetProperty("text").GetString());
        var fields = embed.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(["Sources"], fields.Select(f => f.GetProperty("name").GetString()));
        Assert.StartsWith("sources:", patch.Json.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, patch.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task Ask_PhrasingFallsBack_EditsInTheTemplateAnswer()
    {
        using var response = await _host.PostSignedAsync(CommandPayloads.Slash(Ask, options: (QuestionOption, String, Question)));
        _phraser.Release(null);
        var patch = await _rest.WaitForAsync(r => r.Method == "PATCH");

        var embed = patch.Json.GetProperty("embeds")[0];
        Assert.Contains("**$60–65 billion**", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.False(embed.TryGetProperty("footer", out _));
    }

    /// <summary>A model that answers when the test says so (null: the template stands), without any timer.</summary>
    private sealed class GatedPhraser : IAnswerPhraser
    {
        private readonly TaskCompletionSource<string?> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TimeSpan? Budget { get; private set; }

        public void Release(string? text) => _reply.TrySetResult(text);

        public async Task<PhrasedAnswer> PhraseAsync(string question, Answer answer, TimeSpan? budget = null, CancellationToken ct = default)
        {
            Budget = budget;
            var text = await _reply.Task.WaitAsync(ct);
            return text is null ? PhrasedAnswer.Unphrased(answer, PhrasingFallback.Timeout) : new PhrasedAnswer(answer, text, null);
        }
    }
}
