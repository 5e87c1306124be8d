using BenchmarkDotNet.Attributes;
using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Threshold;

namespace NevSpec.Benchmarks;

/// <summary>
/// The full Hansen (1999) reproduction on his data (565 firms × 14 years, grid of 393 quantiles; single,
/// double with refinement, and triple threshold, each F test with its bootstrap) with the cumulative
/// cross-product search against one regression per grid point (Hansen's own algorithm) in the same
/// run. The per-grid-point version is too slow for 300 replications per test inside a benchmark, so
/// both are also timed with 3 and with 0 replications: the per-replicate cost is (B=3 − B=0)/3.
/// </summary>
[MemoryDiagnoser]
public class ThresholdBenchmarks
{
    private PanelThresholdDesign _design = null!;

    [GlobalSetup]
    public void Setup() => _design = HansenDesign();

    private PanelThresholdResult Fit(int replications, ThresholdSearchAlgorithm algorithm, int? threads = null) =>
        new PanelThresholdEstimator(new PanelThresholdOptions
        {
            BootstrapReplications = replications, Algorithm = algorithm, MaxDegreeOfParallelism = threads,
        }).Fit(_design);

    [Benchmark(Baseline = true, Description = "Cumulative, B = 300 (all cores)")]
    public PanelThresholdResult Cumulative300() => Fit(300, ThresholdSearchAlgorithm.CumulativeCrossProducts);

    [Benchmark(Description = "Cumulative, B = 300 (1 thread)")]
    public PanelThresholdResult Cumulative300OneThread() => Fit(300, ThresholdSearchAlgorithm.CumulativeCrossProducts, 1);

    [Benchmark(Description = "Cumulative, B = 3")]
    public PanelThresholdResult Cumulative3() => Fit(3, ThresholdSearchAlgorithm.CumulativeCrossProducts);

    [Benchmark(Description = "Cumulative, B = 0")]
    public PanelThresholdResult Cumulative0() => Fit(0, ThresholdSearchAlgorithm.CumulativeCrossProducts);

    [Benchmark(Description = "Regression per grid point, B = 3")]
    public PanelThresholdResult PerGridPoint3() => Fit(3, ThresholdSearchAlgorithm.RegressionPerGridPoint);

    [Benchmark(Description = "Regression per grid point, B = 0")]
    public PanelThresholdResult PerGridPoint0() => Fit(0, ThresholdSearchAlgorithm.RegressionPerGridPoint);

    /// <summary>Hansen's model on shared/data/hansen1999/invest.csv (see shared/reference/hansen1999/README.md).</summary>
    internal static PanelThresholdDesign HansenDesign()
    {
        var df = CsvReader.Read(Path.Combine(RepositoryRoot(), "..", "shared", "data", "hansen1999", "invest.csv"));
        double[] id = df.GetNumeric("id"), year = df.GetNumeric("year");
        double[] i = df.GetNumeric("i"), q = df.GetNumeric("q"), c = df.GetNumeric("c"), d = df.GetNumeric("d");
        var row = new Dictionary<(double, double), int>();
        for (int r = 0; r < id.Length; r++) row[(id[r], year[r])] = r;
        double[] Lag(double[] x) => Enumerable.Range(0, id.Length)
            .Select(r => row.TryGetValue((id[r], year[r] - 1), out int p) ? x[p] : double.NaN).ToArray();
        double[] q1 = Lag(q), d1 = Lag(d), c1 = Lag(c);
        return new PanelThresholdDesign(Factor.FromNumeric("id", id), year, "i", i, "d_lag", d1, ["c_lag"], [c1],
            ["q_lag", "q_lag^2", "q_lag^3", "d_lag", "q_lag*d_lag"],
            [q1, q1.Select(v => v * v).ToArray(), q1.Select(v => v * v * v).ToArray(), d1, q1.Zip(d1, (a, b) => a * b).ToArray()]);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NevSpec.sln"))) return dir.FullName;
        throw new InvalidOperationException($"NevSpec.sln not found above {AppContext.BaseDirectory}.");
    }
}
