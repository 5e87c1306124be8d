using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace NevSpec.Core.Estimation.Internal;

/// <summary>Turns estimates and their covariance into a <see cref="RegressionResult"/>: inference, fit statistics, F.</summary>
internal static class ResultAssembly
{
    public sealed record Inputs(
        string Outcome, string[] Terms, double[] Beta, CovarianceEstimate Vcov, string CovarianceName,
        double[] Y, double[] YTilde, CovarianceContext Context, bool HasFixedEffects, SampleSelection Sample,
        IReadOnlyList<string> DroppedCollinear, IReadOnlyList<FixedEffectSummary> FixedEffects,
        IReadOnlyList<ClusterSummary> Clusters, int Sweeps, List<string> Notes);

    public static RegressionResult Build(Inputs input)
    {
        int k = input.Terms.Length, n = input.Y.Length;
        int df = input.Vcov.ResidualDf;
        var cov = input.Vcov.ToArray();
        double tCrit = df > 0 ? StudentT.InvCDF(0, 1, df, 0.975) : double.NaN;

        var coefficients = new CoefficientEstimate[k];
        for (int c = 0; c < k; c++)
        {
            double b = input.Beta[c];
            double se = cov[c, c] >= 0 ? Math.Sqrt(cov[c, c]) : double.NaN;
            double t = b / se;
            // 2·CDF(−|t|) keeps tiny p-values accurate where 1 − CDF(|t|) would cancel to 0.
            double p = df > 0 && !double.IsNaN(t) ? 2 * StudentT.CDF(0, 1, df, -Math.Abs(t)) : double.NaN;
            coefficients[c] = new CoefficientEstimate(input.Terms[c], b, se, t, p, b - tCrit * se, b + tCrit * se);
        }

        double rss = input.Context.Rss;
        double mean = input.Y.Average();
        double tss = 0;
        foreach (double v in input.Y) tss += (v - mean) * (v - mean);
        double r2 = 1 - rss / tss;
        double? r2Within = null;
        if (input.HasFixedEffects)
        {
            double within = 0;
            foreach (double v in input.YTilde) within += v * v;
            r2Within = 1 - rss / within;
        }
        int iidDf = n - input.Context.ParameterCount;
        double adjusted = 1 - (1 - r2) * (n - 1) / iidDf;

        var slopes = Enumerable.Range(0, k).Where(c => input.Terms[c] != FixedEffectsOls.InterceptName || input.HasFixedEffects).ToArray();
        var (f, fp) = WaldF(input.Beta, cov, slopes, df, input.Notes);

        return new RegressionResult(input.Terms, cov)
        {
            Outcome = input.Outcome,
            Coefficients = coefficients,
            CovarianceName = input.CovarianceName,
            Nobs = n,
            DroppedMissing = input.Sample.DroppedMissing,
            DroppedSingletons = input.Sample.DroppedSingletons,
            DroppedCollinear = input.DroppedCollinear.ToArray(),
            ResidualDf = df,
            Rss = rss,
            R2 = r2,
            R2Within = r2Within,
            AdjustedR2 = adjusted,
            FStatistic = f,
            FDf1 = slopes.Length,
            FDf2 = df,
            FPValue = fp,
            FixedEffects = input.FixedEffects,
            Clusters = input.Clusters,
            DemeaningIterations = input.Sweeps,
            Notes = input.Notes.ToArray(),
        };
    }

    // F = β_s' V_s⁻¹ β_s / q over the slopes s (reghdfe's model F). With the iid covariance this is
    // the classical F of the regression.
    private static (double F, double P) WaldF(double[] beta, double[,] cov, int[] slopes, int df, List<string> notes)
    {
        int q = slopes.Length;
        if (q == 0 || df <= 0) return (double.NaN, double.NaN);
        var v = Matrix<double>.Build.Dense(q, q, (i, j) => cov[slopes[i], slopes[j]]);
        var b = Vector<double>.Build.Dense(q, i => beta[slopes[i]]);
        double w;
        try
        {
            w = b.DotProduct(v.Cholesky().Solve(b));
        }
        catch (ArgumentException)
        {
            notes.Add($"The F test of all {q} slopes is not available: their covariance is not positive definite " +
                      "(for clustered errors, more slopes than clusters can cause this).");
            return (double.NaN, double.NaN);
        }
        double f = w / q;
        return (f, 1 - FisherSnedecor.CDF(q, df, f));
    }
}
