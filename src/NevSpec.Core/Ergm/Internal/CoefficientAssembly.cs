using MathNet.Numerics;

namespace NevSpec.Core.Ergm.Internal;

/// <summary>Turns θ̂, the model covariance I⁻¹ and the MCMC covariance into statnet-style coefficient rows.</summary>
internal static class CoefficientAssembly
{
    /// <summary>Total covariance = model + MCMC (statnet's <c>vcov(sources = "all")</c>).</summary>
    public static double[,] Total(double[,] model, double[,]? mcmc)
    {
        int p = model.GetLength(0);
        var t = (double[,])model.Clone();
        if (mcmc is not null) for (int a = 0; a < p; a++) for (int b = 0; b < p; b++) t[a, b] += mcmc[a, b];
        return t;
    }

    public static ErgmCoefficient[] Rows(string[] names, double[] theta, double[,] model, double[,]? mcmc)
    {
        var rows = new ErgmCoefficient[names.Length];
        for (int k = 0; k < names.Length; k++)
        {
            double modelVar = model[k, k], mcVar = mcmc is null ? 0 : Math.Max(0, mcmc[k, k]);
            double se = Math.Sqrt(modelVar + mcVar), modelSe = Math.Sqrt(modelVar);
            double z = theta[k] / se;
            rows[k] = new ErgmCoefficient(names[k], theta[k], se, z, TwoSidedP(z), Math.Sqrt(mcVar), se > 0 ? 100 * (se - modelSe) / se : 0);
        }
        return rows;
    }

    /// <summary>Rows with the estimate only: used when no standard error can be given (the status explains why).</summary>
    public static ErgmCoefficient[] Unavailable(string[] names, double[] theta) =>
        names.Select((n, k) => new ErgmCoefficient(n, theta[k], double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)).ToArray();

    /// <summary>2(1 − Φ(|z|)) = erfc(|z|/√2), accurate in the far tail (p ~ 1e-11 for the edges-only model).</summary>
    public static double TwoSidedP(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));

    public static double[,] NaNMatrix(int p)
    {
        var m = new double[p, p];
        for (int a = 0; a < p; a++) for (int b = 0; b < p; b++) m[a, b] = double.NaN;
        return m;
    }
}
