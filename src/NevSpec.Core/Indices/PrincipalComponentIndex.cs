using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;

namespace NevSpec.Core.Indices;

/// <summary>
/// The principal-component composite index: indicators are direction-adjusted and standardised, the
/// correlation matrix is eigen-decomposed, and the retained component scores are averaged with
/// weights proportional to their explained variance.
/// </summary>
/// <remarks>
/// zᵢⱼ = sⱼ (xᵢⱼ − x̄ⱼ)/sdⱼ with sⱼ = +1 for "+" and −1 for "−" indicators and sdⱼ the sample SD
/// (n − 1). R = Z'Z/(n − 1) is the correlation matrix; R = V Λ V' (MathNet symmetric <c>Evd</c>),
/// λ₁ ≥ λ₂ ≥ … . Component scores Fₖ = Z vₖ; explained variance λₖ/Σλ (Σλ = number of indicators).
/// Composite S = Σ_{k ≤ m} (λₖ / Σ_{l ≤ m} λₗ) Fₖ over the m retained components (weights are the
/// components' shares of the retained variance, the usual construction in the regional-development
/// literature; with all components weighted by λₖ/Σλ instead, S only changes by a positive factor).
/// Sign convention: an eigenvector is determined up to sign, so each vₖ is oriented to make the sum
/// of its elements positive (a higher score then means higher values of the direction-adjusted
/// indicators on balance); if that sum is zero to rounding (|Σ| ≤ 1e-10), its largest-|·| element is made
/// positive (first one on ties). See Jolliffe (2002), <i>Principal Component Analysis</i>, 2nd ed., ch. 2–3.
/// </remarks>
public sealed class PrincipalComponentIndex
{
    private const string Method = "PCA";
    private readonly PcaIndexOptions _options;

    public PrincipalComponentIndex(PcaIndexOptions? options = null)
    {
        _options = options ?? new PcaIndexOptions();
        if (_options.Components is int k && k < 1)
            throw new ArgumentOutOfRangeException(nameof(options), k, "The number of PCA components must be at least 1.");
    }

    /// <summary>Builds the index over the rows where every indicator is observed.</summary>
    public PcaIndexResult Compute(string name, IReadOnlyList<Indicator> indicators)
    {
        var rows = IndicatorSet.CompleteRows(indicators, Method);
        int p = indicators.Count, n = rows.Length, total = indicators[0].Values.Length;
        IndicatorSet.RequireRows(n, Math.Max(3, p + 1), Method, "");
        if (_options.Components is int wanted && wanted > p)
            throw new ArgumentException($"The PCA index was asked for {wanted} components but has only {p} indicators.", nameof(indicators));

        var z = Matrix<double>.Build.Dense(n, p);
        for (int j = 0; j < p; j++)
        {
            var ind = indicators[j];
            double mean = rows.Average(r => ind.Values[r]);
            double ss = rows.Sum(r => (ind.Values[r] - mean) * (ind.Values[r] - mean));
            double sd = Math.Sqrt(ss / (n - 1));
            if (!(sd > 1e-14 * Math.Max(1, Math.Abs(mean))))
                throw new EstimationException(
                    $"Indicator '{ind.Name}' has zero variance (every value is {ind.Values[rows[0]]:R}), so it cannot be standardised " +
                    "for the PCA index; remove it.");
            double sign = ind.Direction == IndicatorDirection.Positive ? 1 : -1;
            for (int i = 0; i < n; i++) z[i, j] = sign * (ind.Values[rows[i]] - mean) / sd;
        }

        var correlation = z.TransposeThisAndMultiply(z) / (n - 1);
        var evd = correlation.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, p).OrderByDescending(k => evd.EigenValues[k].Real).ThenBy(k => k).ToArray();
        var lambda = order.Select(k => Math.Max(0, evd.EigenValues[k].Real)).ToArray();
        double traceSum = lambda.Sum();
        int m = _options.Components ?? Math.Max(1, lambda.Count(l => l > 1));
        double retainedSum = lambda.Take(m).Sum();

        var components = new PcaComponent[p];
        var componentScores = new double[m][];
        var composite = new double[total];
        Array.Fill(composite, double.NaN);
        foreach (int r in rows) composite[r] = 0;
        double cumulative = 0;
        for (int c = 0; c < p; c++)
        {
            var v = Orient(evd.EigenVectors.Column(order[c]).ToArray());
            cumulative += lambda[c] / traceSum;
            bool retained = c < m;
            double weight = retained ? lambda[c] / retainedSum : 0;
            components[c] = new PcaComponent(c + 1, lambda[c], lambda[c] / traceSum, cumulative, v,
                v.Select(e => e * Math.Sqrt(lambda[c])).ToArray(), retained, weight);
            if (!retained) continue;
            var scores = new double[total];
            Array.Fill(scores, double.NaN);
            for (int i = 0; i < n; i++)
            {
                double f = 0;
                for (int j = 0; j < p; j++) f += z[i, j] * v[j];
                scores[rows[i]] = f;
                composite[rows[i]] += weight * f;
            }
            componentScores[c] = scores;
        }

        var notes = new List<string>();
        if (total > n)
            notes.Add($"{total - n} observation{(total - n == 1 ? "" : "s")} with a missing indicator have a missing index and did not enter the PCA.");
        if (_options.Components is null)
            notes.Add($"{m} component{(m == 1 ? "" : "s")} retained by Kaiser's rule (eigenvalue > 1), explaining {components[m - 1].CumulativeExplainedVariance:P1} of the variance.");
        return new PcaIndexResult(name, composite, componentScores, components,
            indicators.Select(i => (i.Name, i.Direction)).ToArray(), n, total - n, notes);
    }

    private static double[] Orient(double[] v)
    {
        double sum = v.Sum();
        int sign;
        if (Math.Abs(sum) > 1e-10) sign = Math.Sign(sum);
        else
        {
            int largest = 0;
            for (int j = 1; j < v.Length; j++)
                if (Math.Abs(v[j]) > Math.Abs(v[largest]) + 1e-12) largest = j;
            sign = v[largest] >= 0 ? 1 : -1;
        }
        return v.Select(e => sign * e).ToArray();
    }
}
