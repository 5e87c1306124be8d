using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using NevSpec.Core.Networks;

namespace NevSpec.Benchmarks;

// Issue 8, item 8: network metrics and betweenness on a 10⁵-edge graph, Infomap on 10⁶ links. Three classes because
// the workloads differ by six orders of magnitude: the cheap metrics need BenchmarkDotNet's throughput strategy (many
// invocations per iteration), the all-pairs ones take seconds per call and run once per iteration (Monitoring).
// Each class has a baseline measured in the same run, so the ratio column means something on a loaded machine.

/// <summary>Shared graphs and helpers of the network benchmarks.</summary>
public static class NetworkBenchmarkGraphs
{
    /// <summary>Seed of every benchmark graph (the date of the first recorded run).</summary>
    public const ulong Seed = 20261203;

    /// <summary>20,000 nodes, exactly 100,000 edges, 200 planted modules of 100, μ = 0.25.</summary>
    public static CommunityGraphGenerator Edges100K() => new(20_000, 100_000, 100, 0.25, Seed);

    /// <summary>100,000 nodes, exactly 1,000,000 links, 1,000 planted modules of 100, μ = 0.25.</summary>
    public static CommunityGraphGenerator Links1M() => new(100_000, 1_000_000, 100, 0.25, Seed);

    /// <summary>One line on the graph for the benchmark log.</summary>
    public static void Describe(string name, WeightedGraph g)
    {
        var comp = GraphMetrics.ComponentLabels(g);
        int largest = comp.GroupBy(c => c).Max(x => x.Count());
        int maxDegree = Enumerable.Range(0, g.NodeCount).Max(g.Degree);
        Console.WriteLine($"// {name}: n = {g.NodeCount}, m = {g.EdgeCount}, total weight = {g.TotalWeight}, " +
                          $"components = {comp.Distinct().Count()}, largest = {largest}, max degree = {maxDegree}");
    }
}

/// <summary>Cheap metrics on the 10⁵-edge graph; baseline: one traversal of the whole graph (component labels).</summary>
[MemoryDiagnoser, ShortRunJob]
public class NetworkMetricsBenchmarks
{
    private CommunityGraphGenerator _source = null!;
    private WeightedGraph _g = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = NetworkBenchmarkGraphs.Edges100K();
        _g = _source.ToGraph();
        NetworkBenchmarkGraphs.Describe("10^5-edge graph", _g);
    }

    [Benchmark(Baseline = true, Description = "One traversal (component labels)")]
    public IReadOnlyList<int> Traversal() => GraphMetrics.ComponentLabels(_g);

    [Benchmark(Description = "Build CSR from 10^5 edges")]
    public WeightedGraph Build() => _source.ToGraph();

    [Benchmark(Description = "Density")]
    public double Density() => GraphMetrics.Density(_g);

    [Benchmark(Description = "Transitivity")]
    public double Transitivity() => GraphMetrics.Transitivity(_g);

    [Benchmark(Description = "Average clustering")]
    public double AverageClustering() => GraphMetrics.AverageClustering(_g);
}

/// <summary>All-pairs work on the 10⁵-edge graph (one BFS or Dijkstra per source); baseline: one traversal. Every
/// benchmark runs twice: on all cores, and pinned to one core (process affinity), so the per-core cost is measured
/// rather than inferred.</summary>
[MemoryDiagnoser, Config(typeof(CoresConfig))]
public class NetworkPathBenchmarks
{
    /// <summary>Monitoring strategy (one call per iteration: calls take seconds), on all cores and on core 0 only.</summary>
    public sealed class CoresConfig : ManualConfig
    {
        public CoresConfig()
        {
            var job = Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3);
            AddJob(job.WithId("AllCores"));
            AddJob(job.WithAffinity(1).WithId("OneCore"));
        }
    }

    private WeightedGraph _g = null!;

    [GlobalSetup]
    public void Setup()
    {
        _g = NetworkBenchmarkGraphs.Edges100K().ToGraph();
        NetworkBenchmarkGraphs.Describe("10^5-edge graph", _g);
        Console.WriteLine($"// Environment.ProcessorCount = {Environment.ProcessorCount}");
    }

    [Benchmark(Baseline = true, Description = "One traversal (component labels)")]
    public IReadOnlyList<int> Traversal() => GraphMetrics.ComponentLabels(_g);

    [Benchmark(Description = "APL, largest component, unweighted")]
    public double AveragePathLength() => GraphMetrics.AveragePathLengthLargestComponent(_g);

    [Benchmark(Description = "Betweenness, unweighted")]
    public IReadOnlyList<double> Betweenness() => Centrality.Betweenness(_g);

    [Benchmark(Description = "Betweenness, weighted 1/w")]
    public IReadOnlyList<double> BetweennessWeighted() => Centrality.Betweenness(_g, weighted: true);
}

/// <summary>Infomap on the 10⁶-link graph; baseline: building the graph (CSR) from the 10⁶-link list.</summary>
[MemoryDiagnoser, SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class InfomapBenchmarks
{
    private CommunityGraphGenerator _source = null!;
    private WeightedGraph _g = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = NetworkBenchmarkGraphs.Links1M();
        _g = _source.ToGraph();
        NetworkBenchmarkGraphs.Describe("10^6-link graph", _g);
        var planted = MapEquation.Evaluate(_g, _source.PlantedModules);
        Console.WriteLine($"// planted partition: {planted.ModuleCount} modules, L = {planted.Codelength:F6} bits " +
                          $"(one level {planted.OneLevelCodelength:F6})");
    }

    [Benchmark(Baseline = true, Description = "Build CSR from 10^6 links")]
    public WeightedGraph Build() => _source.ToGraph();

    [Benchmark(Description = "Map equation of the planted partition")]
    public MapEquationResult Evaluate() => MapEquation.Evaluate(_g, _source.PlantedModules);

    [Benchmark(Description = "Infomap, trials = 1")]
    public InfomapResult InfomapOneTrial() => Infomap.Run(_g, trials: 1, seed: 123);

    [Benchmark(Description = "Infomap, trials = 10")]
    public InfomapResult InfomapTenTrials() => Infomap.Run(_g, trials: 10, seed: 123);
}
