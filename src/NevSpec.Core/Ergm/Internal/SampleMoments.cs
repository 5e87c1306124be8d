using MathNet.Numerics.Distributions;

namespace NevSpec.Core.Ergm.Internal;

/// <summary>
/// Mean, covariance and batch-means covariance of the mean of an MCMC sample of statistic vectors (row-major S×p),
/// and the Hotelling T² test of "mean = 0" that accounts for autocorrelation through the batch means.
/// </summary>
/// <remarks>
/// Batch means: B = max(p + 2, ⌊√S⌋) consecutive batches of ⌊S/B⌋ draws (the last S mod B draws are left out of the
/// batches only); Cov(z̄) ≈ Σ_b (m_b − m̄)(m_b − m̄)' / (B(B − 1)). With B − 1 degrees of freedom the test statistic
/// T² = z̄' Cov(z̄)⁻¹ z̄ is referred to (B − 1)p/(B − p) · F(p, B − p) (Hotelling's T² with B observations).
/// </remarks>
internal sealed class SampleMoments
{
    public SampleMoments(double[] sample, int p)
    {
        P = p;
        int s = sample.Length / p;
        Size = s;
        Mean = new double[p];
        for (int r = 0; r < s; r++) for (int k = 0; k < p; k++) Mean[k] += sample[r * p + k];
        for (int k = 0; k < p; k++) Mean[k] /= s;
        Covariance = new double[p, p];
        for (int r = 0; r < s; r++)
            for (int a = 0; a < p; a++)
            {
                double da = sample[r * p + a] - Mean[a];
                for (int b = 0; b <= a; b++) Covariance[a, b] += da * (sample[r * p + b] - Mean[b]);
            }
        for (int a = 0; a < p; a++) for (int b = 0; b <= a; b++) Covariance[b, a] = Covariance[a, b] /= Math.Max(1, s - 1);

        Batches = Math.Max(p + 2, (int)Math.Floor(Math.Sqrt(s)));
        int size = Math.Max(1, s / Batches);
        Batches = Math.Min(Batches, s / size);
        var bm = new double[Batches, p];
        for (int b = 0; b < Batches; b++)
        {
            for (int r = b * size; r < (b + 1) * size; r++) for (int k = 0; k < p; k++) bm[b, k] += sample[r * p + k];
            for (int k = 0; k < p; k++) bm[b, k] /= size;
        }
        var grand = new double[p];
        for (int b = 0; b < Batches; b++) for (int k = 0; k < p; k++) grand[k] += bm[b, k] / Batches;
        MeanCovariance = new double[p, p];
        for (int b = 0; b < Batches; b++)
            for (int a = 0; a < p; a++) for (int c = 0; c < p; c++)
                MeanCovariance[a, c] += (bm[b, a] - grand[a]) * (bm[b, c] - grand[c]);
        double denom = Batches * (double)(Batches - 1);
        for (int a = 0; a < p; a++) for (int c = 0; c < p; c++) MeanCovariance[a, c] /= Math.Max(1, denom);
    }

    public int P { get; }
    public int Size { get; }
    public double[] Mean { get; }
    /// <summary>Sample covariance (denominator S − 1): the estimated Fisher information at the sampling θ.</summary>
    public double[,] Covariance { get; }
    /// <summary>Batch-means estimate of Cov(mean), i.e. MCMC error of the sample mean.</summary>
    public double[,] MeanCovariance { get; }
    public int Batches { get; }

    /// <summary>Standard deviation of each statistic.</summary>
    public double[] StandardDeviations() => Enumerable.Range(0, P).Select(k => Math.Sqrt(Covariance[k, k])).ToArray();

    /// <summary>p-value of Hotelling's T² for "E z = 0" (z = sample centred at the observed statistics); NaN when the batch covariance is singular.</summary>
    public double HotellingPValue()
    {
        int p = P, b = Batches;
        if (b <= p) return double.NaN;
        var l = SymmetricMatrix.Cholesky(MeanCovariance);
        if (l is null) return double.NaN;
        var x = SymmetricMatrix.Solve(l, Mean);
        double t2 = 0;
        for (int k = 0; k < p; k++) t2 += Mean[k] * x[k];
        double f = t2 * (b - p) / ((double)p * (b - 1));
        return 1 - FisherSnedecor.CDF(p, b - p, f);
    }
}
