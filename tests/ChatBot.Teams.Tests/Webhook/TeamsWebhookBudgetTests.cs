using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Teams.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ChatBot.Teams.Tests.Webhook;

public sealed class TeamsWebhookBudgetTests
{
    [Fact]
    public async Task Post_EngineSlowerThanBudget_RepliesInTimeThatItTookTooLong()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var replied = new TaskCompletionSource();
        var engine = new Mock<IAnswerEngine>();
        engine.Setup(e => e.Ask(It.IsAny<string>(), It.IsAny<Language?>(), It.IsAny<Query?>())).Returns(() =>
        {
            // The answer "takes" as long as the clock needs to pass the budget; it finishes only once Teams was told.
            while (!replied.Task.IsCompleted)
            {
                time.Advance(TimeSpan.FromSeconds(1));
                Thread.Yield();
            }

            return CuratedKnowledge.Engine().Ask("help");
        });
        var builder = LoopbackApp.CreateBuilder(new Dictionary<string, string?> { [TeamsEnvironmentVariables.WebhookSecret] = WebhookSigner.Secret });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(engine.Object);
        builder.Services.AddTeams(builder.Configuration);
        await using var app = builder.Build();
        app.MapTeams();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = app.BaseAddress() };
        using var request = WebhookSigner.Request(new Uri(client.BaseAddress!, "/teams/webhook"), WebhookSigner.Message("<at>ChatBot</at> pledge meta", "de-DE"));

        using var response = await client.SendAsync(request);
        replied.SetResult();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Die Antwort hat zu lange gedauert. Bitte frag noch einmal.", (string?)reply["text"]);
    }
}
