using ChatBot.LoadTest;

// Load test of the HTTP interactions endpoint: signed /ask interactions against the real router, in-process on 127.0.0.1.
var settings = LoadTestSettings.Parse(args);
await using var server = await InteractionServer.StartAsync(settings.KnowledgePath);
var requests = SignedInteractions.Create(server.Signer, settings.Requests + settings.Warmup);
var runner = new LoadRunner(server.BaseAddress, settings.Concurrency);
await runner.RunAsync(requests.Take(settings.Warmup).ToList(), settings.TimeLimit);
var result = await runner.RunAsync(requests.Skip(settings.Warmup).ToList(), settings.TimeLimit);
Console.WriteLine(result.Report(settings));
return result.Failed == 0 ? 0 : 1;
