using System.Globalization;
using ChatBot.LoadTest;

// Load test of the HTTP interactions endpoint: signed /ask interactions against the real router, in-process on 127.0.0.1,
// measured against bare Kestrel returning a constant body in the same run, so the result is a share of what this machine
// can do at all rather than a number that moves with the machine.
var settings = LoadTestSettings.Parse(args);
await using var bot = await InteractionServer.StartAsync(settings.KnowledgePath);
await using var baseline = await BaselineServer.StartAsync();
var requests = SignedInteractions.Create(bot.Signer, settings.Requests + settings.Warmup);

var bare = await MeasureAsync("Bare Kestrel, constant JSON", baseline.BaseAddress);
var signed = await MeasureAsync("Signed /ask, real endpoint and router", bot.BaseAddress);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Signed /ask throughput: {signed.Throughput / bare.Throughput:P0} of bare Kestrel ({signed.Throughput:F0} vs {bare.Throughput:F0} requests/s; target >= 50 %)"));
return signed.Failed == 0 && bare.Failed == 0 ? 0 : 1;

async Task<LoadResult> MeasureAsync(string name, Uri address)
{
    var runner = new LoadRunner(address, settings.Concurrency);
    await runner.RunAsync(requests.Take(settings.Warmup).ToList(), settings.TimeLimit);
    var result = await runner.RunAsync(requests.Skip(settings.Warmup).ToList(), settings.TimeLimit);
    Console.WriteLine(name);
    Console.WriteLine(result.Report(settings));
    return result;
}
