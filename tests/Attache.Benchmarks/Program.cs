using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Attache.Benchmarks.PipelineBenchmarks).Assembly).Run(args);
