using System.Globalization;
using System.Net;
using ChatBot.Benchmarks.Shared;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.LoadTest;

/// <summary>The production endpoint and router on 127.0.0.1 with an ephemeral port, signed by the load test's key.</summary>
internal sealed class InteractionServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InteractionServer(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.First());

    /// <summary>The server's answer cache, for its hit rate.</summary>
    public DiscordAnswerCache Cache => _app.Services.GetRequiredService<DiscordAnswerCache>();

    public static async Task<InteractionServer> StartAsync(KnowledgeBase knowledge, DiscordRequestSigner signer, int answerCacheEntries)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DiscordEnvironmentVariables.PublicKey] = signer.PublicKeyHex,
            [DiscordEnvironmentVariables.ApplicationId] = AskInteractions.ApplicationId,
            // Nothing may leave the machine: a deferred answer's follow-up would go here and fail fast.
            [DiscordEnvironmentVariables.ApiBaseUrl] = "http://127.0.0.1:9/api/v10",
            [$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.AnswerCacheEntries)}"] = answerCacheEntries.ToString(CultureInfo.InvariantCulture),
        });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IKnowledgeProvider>(new KnowledgeStore(knowledge));
        builder.Services.AddSingleton(new QuestionParser(TimeProvider.System));
        builder.Services.AddSingleton<IAnswerEngine, AnswerEngine>();
        builder.Services.AddDiscord(builder.Configuration);
        builder.Services.AddDiscordCommands();
        var app = builder.Build();
        app.MapDiscordInteractions();
        await app.StartAsync();
        return new InteractionServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
