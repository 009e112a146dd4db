using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using ChatBot.Benchmarks.Shared;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Teams.Configuration;
using ChatBot.Teams.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Teams.LoadTest;

/// <summary>The production webhook endpoint on 127.0.0.1 with an ephemeral port and a freshly generated security token.</summary>
internal sealed class WebhookServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookServer(WebApplication app, byte[] secret)
    {
        _app = app;
        Secret = secret;
    }

    public byte[] Secret { get; }

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<WebhookServer> StartAsync(string knowledgePath)
    {
        var knowledge = CuratedKnowledgeFolder.Load(knowledgePath);
        var secret = RandomNumberGenerator.GetBytes(32);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TeamsEnvironmentVariables.WebhookSecret] = Convert.ToBase64String(secret),
        });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IKnowledgeProvider>(new KnowledgeStore(knowledge));
        builder.Services.AddSingleton(new QuestionParser(TimeProvider.System));
        builder.Services.AddSingleton<IAnswerEngine, AnswerEngine>();
        builder.Services.AddTeams(builder.Configuration);
        var app = builder.Build();
        app.MapTeams();
        await app.StartAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Endpoint: {app.Urls.First()}{TeamsWebhookEndpoints.Route} ({knowledge.Facts.Count} facts)"));
        return new WebhookServer(app, secret);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
