using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ChatBot.Teams.Tests.TestSupport;

/// <summary>
/// One loopback server playing Microsoft's side: the Bot Framework OpenID metadata and JWKS, the Entra token endpoint
/// that MSAL posts to, and the Bot Connector at a serviceUrl. It records what it receives and answers from scripts.
/// </summary>
internal sealed class FakeMicrosoftCloud : IAsyncDisposable
{
    public const string MetadataPath = "/v1/.well-known/openidconfiguration";
    public const string KeysPath = "/v1/.well-known/keys";
    public const string TokenPath = "/botframework.com/oauth2/v2.0/token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _connectorScript = new();
    private readonly ConcurrentQueue<ScriptedResponse> _tokenScript = new();
    private readonly List<RecordedRequest> _connector = [];
    private readonly List<TaskCompletionSource> _connectorWaiters = [];
    private int _metadataRequests;
    private int _tokenRequests;

    private FakeMicrosoftCloud(WebApplication app) => _app = app;

    public Uri BaseAddress => _app.BaseAddress();

    public string MetadataUrl => new Uri(BaseAddress, MetadataPath).ToString();

    public string TokenEndpoint => new Uri(BaseAddress, TokenPath).ToString();

    /// <summary>A serviceUrl pointing at this fake's Bot Connector.</summary>
    public string ServiceUrl => new Uri(BaseAddress, "/amer/").ToString();

    public List<TestSigningKey> Keys { get; } = [];

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public int TokenExpiresInSeconds { get; set; } = 3600;

    public IReadOnlyDictionary<string, string>? LastTokenForm { get; private set; }

    public IReadOnlyList<RecordedRequest> ConnectorRequests
    {
        get
        {
            lock (_connector)
            {
                return [.. _connector];
            }
        }
    }

    public static async Task<FakeMicrosoftCloud> StartAsync()
    {
        var builder = LoopbackApp.CreateBuilder();
        var app = builder.Build();
        var cloud = new FakeMicrosoftCloud(app);
        app.MapGet(MetadataPath, cloud.Metadata);
        app.MapGet(KeysPath, cloud.Jwks);
        app.MapPost(TokenPath, cloud.TokenAsync);
        app.MapPost("/amer/v3/conversations/{**rest}", cloud.ConnectorAsync);
        await app.StartAsync();
        return cloud;
    }

    public void ScriptConnector(params ScriptedResponse[] responses) => Array.ForEach(responses, _connectorScript.Enqueue);

    public void ScriptToken(params ScriptedResponse[] responses) => Array.ForEach(responses, _tokenScript.Enqueue);

    /// <summary>Completes when the Bot Connector has received at least <paramref name="count"/> requests.</summary>
    public Task ConnectorReceivedAsync(int count)
    {
        lock (_connector)
        {
            if (_connector.Count >= count)
            {
                return Task.CompletedTask;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _connectorWaiters.Add(waiter);
            return WaitAsync(count, waiter);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Keys.ForEach(k => k.Dispose());
    }

    private async Task WaitAsync(int count, TaskCompletionSource waiter)
    {
        while (true)
        {
            await waiter.Task.WaitAsync(TimeSpan.FromSeconds(15));
            lock (_connector)
            {
                if (_connector.Count >= count)
                {
                    return;
                }

                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _connectorWaiters.Add(waiter);
            }
        }
    }

    private IResult Metadata()
    {
        Interlocked.Increment(ref _metadataRequests);
        return Results.Json(new JsonObject
        {
            ["issuer"] = TestTokens.Issuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = new Uri(BaseAddress, KeysPath).ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        });
    }

    private IResult Jwks() => Results.Json(new JsonObject { ["keys"] = new JsonArray([.. Keys.Select(k => (JsonNode)k.Jwk())]) });

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var number = Interlocked.Increment(ref _tokenRequests);
        var form = await request.ReadFormAsync();
        LastTokenForm = form.ToDictionary(f => f.Key, f => f.Value.ToString());
        if (_tokenScript.TryDequeue(out var scripted))
        {
            return Results.Content(scripted.Body, "application/json", statusCode: scripted.Status);
        }

        return Results.Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = TokenExpiresInSeconds,
            ["ext_expires_in"] = TokenExpiresInSeconds,
            ["access_token"] = $"connector-token-{number}",
        });
    }

    private async Task<IResult> ConnectorAsync(HttpRequest request, HttpResponse response)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        lock (_connector)
        {
            _connector.Add(new RecordedRequest(request.Method, request.HttpContext.Features.Get<IHttpRequestFeature>()!.RawTarget, request.Headers.Authorization.ToString(), body));
            _connectorWaiters.ForEach(w => w.TrySetResult());
            _connectorWaiters.Clear();
        }

        var scripted = _connectorScript.TryDequeue(out var next) ? next : new ScriptedResponse(200, Body: """{"id":"reply-1"}""");
        if (scripted.RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Results.Content(scripted.Body, "application/json", statusCode: scripted.Status);
    }
}
