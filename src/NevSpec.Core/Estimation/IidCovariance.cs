namespace NevSpec.Core.Estimation;

/// <summary>Classical covariance for homoskedastic, independent errors.</summary>
/// <remarks>
/// V = s² (X̃'X̃)⁻¹ with s² = RSS / (N − K − df_a): the meat is s²·X̃'X̃ and the factor 1. K counts the
/// estimated columns (slopes, plus the intercept without fixed effects), df_a the absorbed
/// fixed-effect parameters. t and F use N − K − df_a degrees of freedom. This is <c>lm</c>, plm
/// <c>within</c>, Stata <c>xtreg, fe</c> and <c>reghdfe</c> without <c>vce()</c>; see Wooldridge (2010),
/// <i>Econometric Analysis of Cross Section and Panel Data</i>, 2nd ed., eq. 10.52.
/// </remarks>
public sealed class IidCovariance : ICovarianceEstimator
{
    /// <inheritdoc/>
    public string Name => "iid";

    /// <inheritdoc/>
    public CovarianceEstimate Estimate(CovarianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int df = context.Nobs - context.ParameterCount;
        double s2 = context.Rss / df;
        int k = context.ColumnCount;
        var v = new double[k, k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
                v[i, j] = s2 * context.Bread(i, j);
        return new CovarianceEstimate(v, df);
    }
}
