using MathNet.Numerics.Distributions;
using NevSpec.Core.Transforms;

namespace NevSpec.Core.Mediation;

/// <summary>
/// Bootstrap standard error, percentile interval and bias-corrected interval from a set of bootstrap
/// estimates and the full-sample estimate.
/// </summary>
/// <remarks>
/// SE = sample SD of the B estimates (divisor B − 1). Percentile: the α/2 and 1 − α/2 percentiles,
/// Stata's definition (<see cref="Percentile"/>). Bias-corrected (Efron and Tibshirani 1993, §14.3,
/// acceleration 0): z₀ = Φ⁻¹(#{θ* &lt; θ̂}/B); limits at the Φ(2z₀ − z_{1−α/2}) and Φ(2z₀ + z_{1−α/2})
/// percentiles; undefined (null) when no or every θ* is below θ̂.
/// </remarks>
public static class BootstrapSummary
{
    /// <summary>SE, percentile limits, BC limits and z₀ (the last three null when undefined).</summary>
    public sealed record Result(double StdErr, double PercentileLow, double PercentileHigh, double? BcLow, double? BcHigh, double? Z0);

    /// <summary>Summarises <paramref name="estimates"/> (at least 2) around <paramref name="estimate"/> at confidence <paramref name="level"/>.</summary>
    public static Result Summarise(double[] estimates, double estimate, double level)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        if (estimates.Length < 2) throw new ArgumentException($"A bootstrap summary needs at least 2 estimates, got {estimates.Length}.", nameof(estimates));
        var sorted = (double[])estimates.Clone();
        Array.Sort(sorted);
        int b = sorted.Length;
        double mean = sorted.Average();
        double se = Math.Sqrt(sorted.Sum(v => (v - mean) * (v - mean)) / (b - 1));
        double alpha = 1 - level;
        double low = Percentile.OfSorted(sorted, alpha / 2), high = Percentile.OfSorted(sorted, 1 - alpha / 2);

        int below = sorted.Count(v => v < estimate);
        if (below == 0 || below == b) return new Result(se, low, high, null, null, null);
        double z0 = Normal.InvCDF(0, 1, (double)below / b);
        double zc = Normal.InvCDF(0, 1, 1 - alpha / 2);
        double pLow = Normal.CDF(0, 1, 2 * z0 - zc), pHigh = Normal.CDF(0, 1, 2 * z0 + zc);
        return new Result(se, low, high, Percentile.OfSorted(sorted, pLow), Percentile.OfSorted(sorted, pHigh), z0);
    }
}
