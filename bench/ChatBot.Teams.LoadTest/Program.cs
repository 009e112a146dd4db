using ChatBot.Teams.LoadTest;

// Load test of the Teams outgoing webhook: HMAC-signed questions against the real endpoint and engine, in-process on
// 127.0.0.1, checked against Teams' 5-second deadline.
var settings = WebhookLoadSettings.Parse(args);
await using var server = await WebhookServer.StartAsync(settings.KnowledgePath);
var requests = SignedWebhookRequests.Create(server.Secret, settings.Requests + settings.Warmup);
var runner = new WebhookLoadRunner(server.BaseAddress, settings.Concurrency);
await runner.RunAsync(requests.Take(settings.Warmup).ToList(), settings.TimeLimit);
var result = await runner.RunAsync(requests.Skip(settings.Warmup).ToList(), settings.TimeLimit);
Console.WriteLine(result.Report(settings));
return result.Failed == 0 && result.OverDeadline == 0 && result.NotSent == 0 ? 0 : 1;
