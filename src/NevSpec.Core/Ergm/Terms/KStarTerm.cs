namespace NevSpec.Core.Ergm;

/// <summary>
/// statnet <c>kstar(k)</c> (undirected): g(y) = Σ_i C(d_i, k), the number of k-stars; adding i–j raises d_i and d_j by
/// one, so Δ_ij = C(d⁻_i, k−1) + C(d⁻_j, k−1) with degrees d⁻ in y⁻_ij. Label <c>kstar2</c> for k = 2.
/// </summary>
public sealed class KStarTerm : ErgmTerm
{
    /// <summary>Creates the k-star term (k ≥ 1).</summary>
    public KStarTerm(int k)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "kstar needs k ≥ 1.");
        K = k;
    }

    /// <summary>Star size k.</summary>
    public int K { get; }
    /// <inheritdoc/>
    public override string Name => "kstar" + K.ToString(System.Globalization.CultureInfo.InvariantCulture);
    /// <inheritdoc/>
    public override bool IsDyadIndependent => false;

    /// <inheritdoc/>
    public override double ChangeStatistic(ErgmNetwork network, int i, int j)
    {
        int tie = TieIndicator(network, i, j);
        return Binomial(network.Degree(i) - tie, K - 1) + Binomial(network.Degree(j) - tie, K - 1);
    }

    /// <inheritdoc/>
    public override double Statistic(ErgmNetwork network)
    {
        double s = 0;
        for (int i = 0; i < network.NodeCount; i++) s += Binomial(network.Degree(i), K);
        return s;
    }

    /// <summary>C(n, k) as a double (0 when k &gt; n).</summary>
    internal static double Binomial(int n, int k)
    {
        if (k < 0 || k > n) return 0;
        if (k > n - k) k = n - k;
        double c = 1;
        for (int t = 1; t <= k; t++) c = c * (n - k + t) / t;
        return Math.Round(c);
    }
}
