using NevSpec.Core.Estimation;

namespace NevSpec.Core.Transforms;

/// <summary>Centring and standardising (z-scores) of a variable over its non-missing values.</summary>
/// <remarks>
/// Centre: x − c with c the mean (or a given value). Standardise: (x − x̄)/s with s the sample
/// standard deviation (divisor n − 1, as Stata <c>egen std()</c> and R <c>scale()</c>). A variable with
/// zero standard deviation cannot be standardised and is an <see cref="EstimationException"/> naming it.
/// Missing values (NaN) stay missing.
/// </remarks>
public static class Standardization
{
    /// <summary>x − mean(x), or x − <paramref name="at"/> when given.</summary>
    public static double[] Centre(string name, double[] values, double? at = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        double c = at ?? Mean(name, values);
        return values.Select(v => double.IsFinite(v) ? v - c : double.NaN).ToArray();
    }

    /// <summary>(x − mean)/SD with SD's divisor n − 1.</summary>
    public static double[] Standardize(string name, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double mean = Mean(name, values);
        double ss = 0;
        int n = 0;
        foreach (double v in values)
            if (double.IsFinite(v)) { ss += (v - mean) * (v - mean); n++; }
        if (n < 2)
            throw new EstimationException($"Cannot standardise '{name}': it has {n} non-missing value{(n == 1 ? "" : "s")}, need at least 2.");
        double sd = Math.Sqrt(ss / (n - 1));
        if (!(sd > 1e-14 * Math.Max(1, Math.Abs(mean))))
            throw new EstimationException($"Cannot standardise '{name}': its standard deviation is zero (every value is {mean:R}).");
        return values.Select(v => double.IsFinite(v) ? (v - mean) / sd : double.NaN).ToArray();
    }

    /// <summary>Mean of the non-missing values; throws when there are none.</summary>
    public static double Mean(string name, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double sum = 0;
        int n = 0;
        foreach (double v in values)
            if (double.IsFinite(v)) { sum += v; n++; }
        if (n == 0) throw new EstimationException($"'{name}' has no non-missing values, so its mean is undefined.");
        return sum / n;
    }
}
