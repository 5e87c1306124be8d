namespace NevSpec.Core.Estimation;

/// <summary>Heteroskedasticity-robust (White) covariance with the HC1 small-sample factor.</summary>
/// <remarks>
/// V = N/(N − K − df_a) · B [Σᵢ x̃ᵢ x̃ᵢ' eᵢ²] B with B = (X̃'X̃)⁻¹; t and F use N − K − df_a degrees of
/// freedom. This is Stata <c>regress, vce(robust)</c> and <c>reghdfe, vce(robust)</c>, and sandwich
/// <c>vcovHC(type = "HC1")</c> on the full dummy regression. White (1980), Econometrica 48(4);
/// MacKinnon and White (1985), J. Econometrics 29(3) for HC1.
/// </remarks>
public sealed class HeteroskedasticCovariance : ICovarianceEstimator
{
    /// <inheritdoc/>
    public string Name => "hc1";

    /// <inheritdoc/>
    public CovarianceEstimate Estimate(CovarianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int k = context.ColumnCount, n = context.Nobs;
        var e = context.Residuals;
        var meat = new double[k, k];
        var e2 = new double[n];
        for (int i = 0; i < n; i++) e2[i] = e[i] * e[i];
        for (int a = 0; a < k; a++)
        {
            var xa = context.Column(a);
            for (int b = 0; b <= a; b++)
            {
                var xb = context.Column(b);
                double s = 0;
                for (int i = 0; i < n; i++) s += xa[i] * xb[i] * e2[i];
                meat[a, b] = meat[b, a] = s;
            }
        }
        int df = n - context.ParameterCount;
        return new CovarianceEstimate(context.Sandwich(meat, (double)n / df), df);
    }
}
