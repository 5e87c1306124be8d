using MathNet.Numerics.LinearAlgebra;

namespace NevSpec.Core.Estimation;

/// <summary>
/// Cluster-robust covariance (CR1) over the design's cluster variables: one-way, or multi-way by
/// Cameron–Gelbach–Miller inclusion–exclusion (two-way: V = V_a + V_b − V_ab).
/// </summary>
/// <remarks>
/// For a cluster partition c with G_c groups, V_c = G_c/(G_c − 1) · (N − 1)/(N − K) · B [Σ_g s_g s_g'] B,
/// s_g = Σ_{i∈g} x̃ᵢ eᵢ, B = (X̃'X̃)⁻¹. K = estimated columns + df_a of the fixed effects not nested in
/// any cluster variable + 1 if some fixed effect is nested (a nested fixed effect is swallowed by the
/// cluster but the intercept is not) — Stata <c>xtreg, fe vce(cluster)</c> and reghdfe's
/// <c>nested_adj</c>. t and p use min_c G_c − 1 degrees of freedom (Stata, reghdfe, ivreg2).
/// Multi-way: V = Σ over non-empty subsets S of the cluster variables of (−1)^{|S|+1} V_{∩S}, each term
/// with its own G/(G − 1) and the common (N − 1)/(N − K) (Cameron, Gelbach and Miller 2011, JBES 29(2),
/// eq. 2.11; reghdfe/ivreg2 convention). Such a V need not be positive semi-definite; it is then
/// reported as is, with a note.
/// </remarks>
public sealed class ClusteredCovariance : ICovarianceEstimator
{
    /// <inheritdoc/>
    public string Name => "cr1";

    /// <inheritdoc/>
    public CovarianceEstimate Estimate(CovarianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clusters = context.Clusters;
        if (clusters.Count == 0)
            throw new EstimationException("Clustered standard errors (cr1) need at least one cluster variable, but the model has none.");
        foreach (var c in clusters)
            if (c.Levels < 2)
                throw new EstimationException(
                    $"Clustered standard errors need at least 2 clusters, but '{c.Name}' has G = {c.Levels} in the estimation sample.");
        if (clusters.Count > 10)
            throw new EstimationException($"At most 10 cluster variables are supported, got {clusters.Count}.");

        int n = context.Nobs, k = context.ColumnCount, bigK = context.ParameterCountUnderClustering;
        double nFactor = (n - 1.0) / (n - bigK);
        var total = new double[k, k];
        for (int subset = 1; subset < 1 << clusters.Count; subset++)
        {
            var (codes, groups) = Intersect(clusters, subset);
            var meat = Meat(context, codes, groups);
            double sign = int.PopCount(subset) % 2 == 1 ? 1.0 : -1.0;
            // A partition where every observation is its own group has G/(G−1) = N/(N−1), as in CGM.
            double factor = sign * groups / (groups - 1.0) * nFactor;
            var v = context.Sandwich(meat, factor);
            for (int i = 0; i < k; i++)
                for (int j = 0; j < k; j++) total[i, j] += v[i, j];
        }

        int df = clusters.Min(c => c.Levels) - 1;
        var notes = new List<string>();
        if (clusters.Count > 1 && MinEigenvalue(total) is var (min, max) && min < -1e-12 * Math.Max(max, 0))
            notes.Add($"The {clusters.Count}-way clustered covariance is not positive semi-definite (smallest eigenvalue {min:G4}); " +
                      "standard errors from its diagonal are reported unchanged.");
        return new CovarianceEstimate(total, df, notes);
    }

    private static double[,] Meat(CovarianceContext context, int[] codes, int groups)
    {
        int k = context.ColumnCount, n = context.Nobs;
        var e = context.Residuals;
        var score_GC = new double[groups, k];
        for (int c = 0; c < k; c++)
        {
            var x = context.Column(c);
            for (int i = 0; i < n; i++) score_GC[codes[i], c] += x[i] * e[i];
        }
        var meat = new double[k, k];
        for (int a = 0; a < k; a++)
            for (int b = 0; b <= a; b++)
            {
                double s = 0;
                for (int g = 0; g < groups; g++) s += score_GC[g, a] * score_GC[g, b];
                meat[a, b] = meat[b, a] = s;
            }
        return meat;
    }

    // Codes of the intersection of the cluster variables whose bits are set in subset.
    private static (int[] Codes, int Groups) Intersect(IReadOnlyList<Factor> clusters, int subset)
    {
        var members = Enumerable.Range(0, clusters.Count).Where(q => (subset >> q & 1) == 1).ToArray();
        int n = clusters[0].Length;
        if (members.Length == 1) return (clusters[members[0]].Codes, clusters[members[0]].Levels);
        // Intersect pairwise and recode each time, so keys stay below N² and cannot overflow.
        var codes = clusters[members[0]].Codes;
        int groups = clusters[members[0]].Levels;
        foreach (int q in members.Skip(1))
        {
            var index = new Dictionary<long, int>();
            var next = new int[n];
            var other = clusters[q];
            for (int i = 0; i < n; i++)
            {
                long key = (long)codes[i] * other.Levels + other.CodeAt(i);
                if (!index.TryGetValue(key, out int g)) index[key] = g = index.Count;
                next[i] = g;
            }
            codes = next;
            groups = index.Count;
        }
        return (codes, groups);
    }

    private static (double Min, double Max) MinEigenvalue(double[,] v)
    {
        var evd = Matrix<double>.Build.DenseOfArray(v).Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(z => z.Real).ToArray();
        return (values.Min(), values.Max());
    }
}
