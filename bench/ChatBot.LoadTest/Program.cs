using System.Globalization;
using ChatBot.Benchmarks.Shared;
using ChatBot.LoadTest;

// Load test of the HTTP interactions endpoint: signed /ask interactions against the real router, in-process on 127.0.0.1,
// measured against bare Kestrel returning a constant body in the same run, so the result is a share of what this machine
// can do at all rather than a number that moves with the machine. The servers take turns in short rounds, so a change
// in the machine's load during the run falls on all of them.
var settings = LoadTestSettings.Parse(args);
var knowledge = CuratedKnowledgeFolder.Load(settings.KnowledgePath);
var signer = new DiscordRequestSigner();
var questions = QuestionMix.Build(knowledge, seed: 6);
var requests = SignedInteractions.Create(signer, questions, QuestionMix.Draw(questions.Count, settings.Interactions, seed: 7));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{knowledge.Facts.Count} facts; {questions.Count} distinct questions, {requests.Count} signed interactions drawn with Zipf popularity ({requests.Select(r => r.Body).Distinct().Count()} bodies); {settings.Concurrency} clients, {Environment.ProcessorCount} cores, {settings.Rounds} rounds of {settings.Duration.TotalSeconds:F1} s per server"));

await using var baseline = await BaselineServer.StartAsync();
await using var verifying = await BaselineServer.StartAsync(verifyFor: signer);
await using var uncached = await InteractionServer.StartAsync(knowledge, signer, answerCacheEntries: 0);
await using var cached = await InteractionServer.StartAsync(knowledge, signer, answerCacheEntries: 1000);
using var bareRunner = new LoadRunner(baseline.BaseAddress, settings.Concurrency);
using var verifyingRunner = new LoadRunner(verifying.BaseAddress, settings.Concurrency);
using var uncachedRunner = new LoadRunner(uncached.BaseAddress, settings.Concurrency);
using var cachedRunner = new LoadRunner(cached.BaseAddress, settings.Concurrency);
(string Name, LoadRunner Runner)[] servers =
[
    ("bare Kestrel, constant JSON", bareRunner),
    ("signature check only, constant JSON", verifyingRunner),
    ("signed /ask, answer cache off", uncachedRunner),
    ("signed /ask, answer cache on", cachedRunner),
];

// Warm-up: JIT, connection pools, per-snapshot indexes.
foreach (var (_, runner) in servers)
{
    await runner.RunAsync(requests, settings.Warmup);
}

var results = servers.Select(_ => LoadResult.Empty).ToArray();
var (hits, misses) = (cached.Cache.Hits, cached.Cache.Misses);
for (var round = 0; round < settings.Rounds; round++)
{
    for (var i = 0; i < servers.Length; i++)
    {
        results[i] = results[i].Add(await servers[i].Runner.RunAsync(requests, settings.Duration));
    }
}

for (var i = 0; i < servers.Length; i++)
{
    Console.WriteLine(results[i].Report(servers[i].Name));
}

var bare = results[0].Throughput;
var hitRate = (double)(cached.Cache.Hits - hits) / Math.Max(1, cached.Cache.Hits - hits + cached.Cache.Misses - misses);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    Throughput as a share of bare Kestrel (target for signed /ask >= 50 %), and bare Kestrel's CPU per request as a share of the server's:
      signature check only: {results[1].Throughput / bare:P0} (CPU {results[0].CpuPerRequest / results[1].CpuPerRequest:P0})
      answer cache off:     {results[2].Throughput / bare:P0} (CPU {results[0].CpuPerRequest / results[2].CpuPerRequest:P0})
      answer cache on:      {results[3].Throughput / bare:P0} (CPU {results[0].CpuPerRequest / results[3].CpuPerRequest:P0}; cache hit rate {hitRate:P0})
    """));
return results.All(r => r.Failed == 0 && r.Deferred == 0) ? 0 : 1;
