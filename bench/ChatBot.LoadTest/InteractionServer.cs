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

/// <summary>The production endpoint and router on 127.0.0.1 with an ephemeral port and a freshly generated key.</summary>
internal sealed class InteractionServer : IAsyncDisposable
{
    public const string ApplicationId = "1234567890123456789";
    private readonly WebApplication _app;

    private InteractionServer(WebApplication app, DiscordRequestSigner signer)
    {
        _app = app;
        Signer = signer;
    }

    public DiscordRequestSigner Signer { get; }

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<InteractionServer> StartAsync(string knowledgePath)
    {
        var knowledge = CuratedKnowledgeFolder.Load(knowledgePath);
        var signer = new DiscordRequestSigner();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DiscordEnvironmentVariables.PublicKey] = signer.PublicKeyHex,
            [DiscordEnvironmentVariables.ApplicationId] = ApplicationId,
            // Nothing may leave the machine: a deferred answer's follow-up would go here and fail fast.
            [DiscordEnvironmentVariables.ApiBaseUrl] = "http://127.0.0.1:9/api/v10",
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
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Endpoint: {app.Urls.First()}{DiscordInteractionEndpoints.Route} ({knowledge.Facts.Count} facts)"));
        return new InteractionServer(app, signer);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
