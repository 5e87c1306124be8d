using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(NevSpec.GeneratorBenchmarks.GeneratorBenchmarks).Assembly).Run(args);
