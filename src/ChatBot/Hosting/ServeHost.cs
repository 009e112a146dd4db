using ChatBot.Discord.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Http;
using ChatBot.Discord.IngestReview;
using ChatBot.KnowledgeFiles;
using ChatBot.KnowledgeFiles.Audit;
using ChatBot.SemanticKernel;
using ChatBot.Teams.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Hosting;

/// <summary>The web host behind <c>serve</c>: Discord's HTTP interactions endpoint, the gateway when a token is set, and /healthz.</summary>
internal static class ServeHost
{
    public const string DefaultUrl = "http://0.0.0.0:8080";
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(15);

    /// <param name="knowledgePath">The knowledge file to answer from.</param>
    /// <param name="urls">From <c>--urls</c>; otherwise ASPNETCORE_URLS and friends, else <see cref="DefaultUrl"/>.</param>
    /// <param name="settings">Extra configuration that wins over the environment (tests).</param>
    public static WebApplicationBuilder CreateBuilder(string knowledgePath, string? urls, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (!string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseUrls(urls);
        }
        else if (!HasConfiguredEndpoints(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        // One line per request at Information would drown the bot's own logs; Warning still shows failures.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddKnowledge(knowledgePath);
        builder.Services.AddKnowledgeEditing(
            knowledgePath,
            DataDirectory.Resolve(builder.Configuration[DataDirectory.EnvironmentVariable], Environment.CurrentDirectory),
            ArticleFolder.Reader(builder.Configuration[ArticleFolder.EnvironmentVariable], Environment.CurrentDirectory, knowledgePath));
        builder.Services.AddDiscord(builder.Configuration);
        builder.Services.AddPhrasing(builder.Configuration);
        builder.Services.AddDiscordCommands();
        builder.Services.AddDiscordIngestReview(knowledgePath);
        builder.Services.AddTeams(builder.Configuration);
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.MapHealth();
        app.MapDiscordInteractions();
        app.MapTeams();
        return app;
    }

    private static bool HasConfiguredEndpoints(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
        || configuration.GetSection("Kestrel:Endpoints").Exists();
}
