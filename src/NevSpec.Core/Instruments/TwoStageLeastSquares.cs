using NevSpec.Core.Instruments.Internal;

namespace NevSpec.Core.Instruments;

/// <summary>
/// Two-stage least squares with any number of absorbed fixed effects partialled out (ivreg2, xtivreg2
/// <c>fe</c>, ivreghdfe), with first stages and weak-instrument diagnostics.
/// </summary>
/// <remarks>
/// β = (X̂'X̂)⁻¹X̂'y with X̂ = P_Z X, X = [endogenous, exogenous], Z = [excluded instruments, exogenous], all
/// after removing the fixed effects by alternating projections (or with an intercept without them);
/// by Frisch–Waugh–Lovell the slopes equal those of the dummy-variable 2SLS. Solved by Householder QR
/// of X̂. Theil (1953); Basmann (1957); Wooldridge (2010), §5.2 and §10.5.
/// </remarks>
public sealed class TwoStageLeastSquares
{
    private readonly IvOptions _options;

    public TwoStageLeastSquares(IvOptions? options = null) => _options = Validated(options);

    /// <summary>Fits the model with the covariance estimator <paramref name="covariance"/>.</summary>
    public IvResult Fit(IvDesign design, IvCovariance covariance) => IvEngine.Run(design, covariance, _options, liml: false, fullerAlpha: 0);

    internal static IvOptions Validated(IvOptions? options)
    {
        var o = options ?? new IvOptions();
        if (o.DofMinus < 0) throw new ArgumentOutOfRangeException(nameof(options), o.DofMinus, "DofMinus must be 0 or more.");
        if (o.SDofMinus < 0) throw new ArgumentOutOfRangeException(nameof(options), o.SDofMinus, "SDofMinus must be 0 or more.");
        if (!(o.ConfidenceLevel > 0 && o.ConfidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(options), o.ConfidenceLevel, "ConfidenceLevel must be strictly between 0 and 1, e.g. 0.95.");
        return o;
    }
}
