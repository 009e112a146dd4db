using BenchmarkDotNet.Running;
using ChatBot.Benchmarks;

if (args.Contains("--quick"))
{
    QuickCheck.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LoadBenchmarks).Assembly).Run(args);
