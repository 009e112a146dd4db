using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ChatBot.Benchmarks.Shared;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Http;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Json;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rendering;
using ChatBot.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Benchmarks;

/// <summary>
/// Where the server time of one signed <c>/ask</c> interaction goes, stage by stage, over the load test's twelve
/// questions (each benchmark handles all twelve; the figures are per interaction): signature verification, JSON
/// parsing, understanding, retrieval and composition, rendering to Discord's message JSON, serialization, and the
/// whole command handler and interaction processor as the endpoint runs them (Kestrel itself is not included).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class InteractionPipelineBenchmarks
{
    private const int Count = 12;

    private readonly byte[][] _bodies = new byte[Count][];
    private readonly string[] _signatures = new string[Count];
    private readonly string _timestamp = "1764460800";
    private readonly Interaction[] _interactions = new Interaction[Count];
    private readonly Language?[] _languages = new Language?[Count];
    private readonly Query[] _queries = new Query[Count];
    private readonly Answer[] _answers = new Answer[Count];
    private readonly InteractionResponse[] _responses = new InteractionResponse[Count];
    private KnowledgeBase _knowledge = null!;
    private AnswerEngine _engine = null!;
    private Ed25519SignatureVerifier _verifier = null!;
    private ServiceProvider _services = null!;
    private ServiceProvider _cachedServices = null!;
    private DiscordInteractionProcessor _processor = null!;
    private DiscordInteractionProcessor _cachedProcessor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = KnowledgePaths.LoadCurated();
        var store = new KnowledgeStore(_knowledge);
        _engine = new AnswerEngine(store, new QuestionParser(TimeProvider.System));
        var signer = new DiscordRequestSigner();
        _services = Services(store, signer, answerCacheEntries: 0);
        _cachedServices = Services(store, signer, answerCacheEntries: 1000);
        _verifier = new Ed25519SignatureVerifier(_services.GetRequiredService<IOptions<DiscordOptions>>());
        _processor = _services.GetRequiredService<DiscordInteractionProcessor>();
        _cachedProcessor = _cachedServices.GetRequiredService<DiscordInteractionProcessor>();
        for (var i = 0; i < Count; i++)
        {
            var (question, locale) = AskInteractions.Questions[i];
            _bodies[i] = Encoding.UTF8.GetBytes(AskInteractions.Json(i, question, locale));
            _signatures[i] = signer.Sign(_timestamp, _bodies[i]);
            if (!InteractionParser.TryParse(_bodies[i], out var interaction))
            {
                throw new InvalidOperationException($"unparsable interaction {i}");
            }

            _interactions[i] = interaction;
            _languages[i] = InteractionLanguage.FromLocale(interaction);
            _queries[i] = _engine.Understand(_knowledge, question, _languages[i]);
            _answers[i] = _engine.Answer(_knowledge, _queries[i]);
            _responses[i] = DiscordMessageLimits.Apply(DiscordResponses.Message(DiscordAnswerRenderer.Render(_answers[i])));
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _cachedServices.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public bool Verify()
    {
        var ok = true;
        for (var i = 0; i < Count; i++)
        {
            ok &= _verifier.Verify(_signatures[i], _timestamp, _bodies[i]);
        }

        return ok;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ParseJson()
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            n += InteractionParser.TryParse(_bodies[i], out var interaction) ? interaction.Token.Length : 0;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ParseDocumentOnly()
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            using var document = JsonDocument.Parse(_bodies[i]);
            n += document.RootElement.GetProperty("type").GetInt32();
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Understand()
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            n += _engine.Understand(_knowledge, AskInteractions.Questions[i].Question, _languages[i]).Subjects.Count;
        }

        return n;
    }

    /// <summary>Retrieval and composition of an understood question.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Compose()
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            n += _engine.Answer(_knowledge, _queries[i]).Facts.Count;
        }

        return n;
    }

    /// <summary>The Discord embed and button, with Discord's message limits applied.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Render()
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            n += DiscordMessageLimits.Apply(DiscordResponses.Message(DiscordAnswerRenderer.Render(_answers[i]))).Data!.Embeds!.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Serialize()
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            n += JsonSerializer.SerializeToUtf8Bytes(_responses[i], DiscordJsonContext.Default.InteractionResponse).Length;
        }

        return n;
    }

    /// <summary>The command router in its DI scope, as the processor calls it: understanding to limited response.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public Task<int> Handler() => HandleAll(_services);

    /// <summary>The same with the answer cache on; after the first round every question is a hit.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public Task<int> HandlerCached() => HandleAll(_cachedServices);

    /// <summary>The processor around the handler: its thread hop, deadline timer and tracking.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public Task<int> Processor() => ProcessAll(_processor);

    [Benchmark(OperationsPerInvoke = Count)]
    public Task<int> ProcessorCached() => ProcessAll(_cachedProcessor);

    private static ServiceProvider Services(KnowledgeStore store, DiscordRequestSigner signer, int answerCacheEntries)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DiscordEnvironmentVariables.PublicKey] = signer.PublicKeyHex,
            [DiscordEnvironmentVariables.ApplicationId] = AskInteractions.ApplicationId,
            [DiscordEnvironmentVariables.ApiBaseUrl] = "http://127.0.0.1:9/api/v10",
            [$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.AnswerCacheEntries)}"] = answerCacheEntries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<IKnowledgeProvider>(store)
            .AddSingleton(new QuestionParser(TimeProvider.System))
            .AddSingleton<IAnswerEngine, AnswerEngine>()
            .AddDiscord(configuration)
            .AddDiscordCommands()
            .BuildServiceProvider();
    }

    private async Task<int> HandleAll(ServiceProvider services)
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var response = await scope.ServiceProvider.GetRequiredService<IDiscordInteractionHandler>().HandleAsync(_interactions[i], CancellationToken.None);
            n += DiscordMessageLimits.Apply(response).Data!.Embeds?.Count ?? 0;
        }

        return n;
    }

    private async Task<int> ProcessAll(DiscordInteractionProcessor processor)
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            var outcome = await processor.ProcessAsync(_interactions[i], TimeProvider.System.GetTimestamp(), CancellationToken.None);
            n += outcome.InitialResponse.Data?.Embeds?.Count ?? 0;
        }

        return n;
    }
}
