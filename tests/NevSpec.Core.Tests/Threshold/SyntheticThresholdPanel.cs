using NevSpec.Core.Estimation;
using NevSpec.Core.Threshold;
using NevSpec.Core.Threshold.Internal;

namespace NevSpec.Core.Tests.Threshold;

/// <summary>
/// Seeded synthetic panels with a known threshold: q_it ~ U(0, 2), y_it = μ_i + 0.5·w_it +
/// Σ_k x_k,it·(0.3 if q_it &lt; 1 else 0.9 − 0.2k) + ε_it, ε ~ N(0, 1). The regime-dependent regressors are
/// q itself (kd = 1) or x_k ~ N(0, 1) (kd ≥ 2). Some unit-periods can be dropped to unbalance the panel.
/// </summary>
internal static class SyntheticThresholdPanel
{
    public static PanelThresholdDesign Create(int units, int periods, int dependent = 1, double dropShare = 0, ulong seed = 7)
    {
        var rng = Xoshiro256StarStar.ForStream(seed, 0);
        double Uniform() => (rng.NextUInt64() >> 11) * (1.0 / (1UL << 53));
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - Uniform())) * Math.Cos(2 * Math.PI * Uniform());
        var unit = new List<double>();
        var time = new List<double>();
        var y = new List<double>();
        var q = new List<double>();
        var w = new List<double>();
        var x = Enumerable.Range(0, dependent).Select(_ => new List<double>()).ToArray();
        for (int i = 0; i < units; i++)
        {
            double mu = Normal();
            for (int t = 0; t < periods; t++)
            {
                double qi = 2 * Uniform(), wi = Normal() + 0.3 * mu, yi = mu + 0.5 * wi + Normal();
                for (int k = 0; k < dependent; k++)
                {
                    double xk = dependent == 1 ? qi : Normal();
                    x[k].Add(xk);
                    yi += xk * (qi < 1 ? 0.3 : 0.9 - 0.2 * k);
                }
                bool drop = dropShare > 0 && Uniform() < dropShare;
                unit.Add(i);
                time.Add(2000 + t);
                y.Add(drop ? double.NaN : yi);
                q.Add(qi);
                w.Add(wi);
            }
        }
        var qArray = q.ToArray();
        var names = dependent == 1 ? new[] { "q" } : Enumerable.Range(1, dependent).Select(k => $"x{k}").ToArray();
        var columns = dependent == 1 ? new[] { qArray } : x.Select(c => c.ToArray()).ToArray();
        return new PanelThresholdDesign(Factor.FromNumeric("unit", unit.ToArray()), time.ToArray(), "y", y.ToArray(), "q", qArray,
            names, columns, ["w"], [w.ToArray()]);
    }
}
