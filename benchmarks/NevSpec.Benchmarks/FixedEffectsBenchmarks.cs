using BenchmarkDotNet.Attributes;
using NevSpec.Core.Estimation;

namespace NevSpec.Benchmarks;

/// <summary>
/// Two-way fixed-effects OLS on 1,000,000 rows: 100,000 units × 10 periods, two regressors, seeded
/// synthetic data. Periods are drawn at random per row (an unbalanced panel) so that the alternating
/// projections have to iterate; a balanced panel would converge after the first sweep. Baseline:
/// pooled OLS with an intercept on the same rows.
/// </summary>
[MemoryDiagnoser]
public class FixedEffectsBenchmarks
{
    private const int Units = 100_000;
    private const int Periods = 10;
    private const int Rows = Units * Periods;

    private RegressionDesign _twoWay = null!;
    private RegressionDesign _oneWay = null!;
    private RegressionDesign _pooled = null!;
    private readonly FixedEffectsOls _ols = new();
    private readonly IidCovariance _iid = new();
    private readonly ClusteredCovariance _cr1 = new();

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(12345);
        var unitEffect = Enumerable.Range(0, Units).Select(_ => Normal(rng)).ToArray();
        var periodEffect = Enumerable.Range(0, Periods).Select(_ => Normal(rng)).ToArray();
        double[] unit = new double[Rows], period = new double[Rows], x1 = new double[Rows], x2 = new double[Rows], y = new double[Rows];
        for (int i = 0; i < Rows; i++)
        {
            int u = i / Periods, t = rng.Next(Periods);
            unit[i] = u;
            period[i] = t;
            x1[i] = 0.5 * unitEffect[u] + 0.3 * periodEffect[t] + Normal(rng);
            x2[i] = -0.4 * unitEffect[u] + 0.2 * t + Normal(rng);
            y[i] = 1.0 * x1[i] - 0.5 * x2[i] + unitEffect[u] + periodEffect[t] + Normal(rng);
        }
        var unitFe = Factor.FromNumeric("unit", unit);
        var periodFe = Factor.FromNumeric("period", period);
        _twoWay = new RegressionDesign("y", y, ["x1", "x2"], [x1, x2], [unitFe, periodFe], [unitFe]);
        _oneWay = _twoWay with { FixedEffects = [unitFe] };
        _pooled = _twoWay with { FixedEffects = [], Clusters = [] };
    }

    [Benchmark(Baseline = true, Description = "Pooled OLS, no FE (iid)")]
    public RegressionResult PooledOls() => _ols.Fit(_pooled, _iid);

    [Benchmark(Description = "One-way FE unit (iid)")]
    public RegressionResult OneWayFe() => _ols.Fit(_oneWay, _iid);

    [Benchmark(Description = "Two-way FE unit+period (iid)")]
    public RegressionResult TwoWayFe() => _ols.Fit(_twoWay, _iid);

    [Benchmark(Description = "Two-way FE unit+period (cr1 by unit)")]
    public RegressionResult TwoWayFeClustered() => _ols.Fit(_twoWay, _cr1);

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
