using NevSpec.Core.Instruments.Internal;

namespace NevSpec.Core.Instruments;

/// <summary>
/// Limited-information maximum likelihood (LIML) and Fuller's modified LIML, with absorbed fixed
/// effects partialled out, as ivreg2's <c>liml</c> and <c>fuller(α)</c>.
/// </summary>
/// <remarks>
/// k-class estimator β = (X'(I − kM_Z)X)⁻¹X'(I − kM_Z)y with k = λ, the smallest eigenvalue of
/// (W'M_Z W)⁻¹W'M_{X2}W for W = [y X1] (Anderson and Rubin 1949), or Fuller (1977)'s k = λ − α/(N − L − dofminus)
/// (α = 1 is nearly unbiased, α = 4 minimises MSE). Covariances: iid s²(X'(I − kM_Z)X)⁻¹; robust and
/// cluster sandwiches with that bread and the 2SLS X̂ = P_Z X in the meat (ivreg2). Stock–Yogo critical values come from the LIML size or Fuller tables.
/// </remarks>
public sealed class LimitedInformationMaximumLikelihood
{
    private readonly IvOptions _options;
    private readonly double _fullerAlpha;

    /// <param name="options">Shared IV options.</param>
    /// <param name="fullerAlpha">Fuller's α (0 = plain LIML).</param>
    public LimitedInformationMaximumLikelihood(IvOptions? options = null, double fullerAlpha = 0)
    {
        _options = TwoStageLeastSquares.Validated(options);
        if (!(fullerAlpha >= 0) || !double.IsFinite(fullerAlpha))
            throw new ArgumentOutOfRangeException(nameof(fullerAlpha), fullerAlpha, "Fuller's alpha must be 0 (LIML) or positive, e.g. 1 or 4.");
        _fullerAlpha = fullerAlpha;
    }

    /// <summary>Fits the model with the covariance estimator <paramref name="covariance"/>.</summary>
    public IvResult Fit(IvDesign design, IvCovariance covariance) => IvEngine.Run(design, covariance, _options, liml: true, fullerAlpha: _fullerAlpha);
}
