using System.Globalization;
using MathNet.Numerics.Distributions;
using NevSpec.Core.Estimation;
using NevSpec.Core.Estimation.Internal;

namespace NevSpec.Core.Moderation;

/// <summary>
/// Moderation analysis: adds the moderator Z and the product X·Z to a model with focal regressor X
/// (keeping its controls, fixed effects, clustering and covariance estimator), optionally mean-centred,
/// and reports simple slopes of X at Z's mean ± SD with standard errors from the coefficient covariance.
/// </summary>
/// <remarks>
/// Y = β_X (X − c_X) + β_Z (Z − c_Z) + β_XZ (X − c_X)(Z − c_Z) + W'γ + FE + e, with c_X, c_Z the means on
/// the estimation sample when centring and 0 otherwise; β_XZ does not depend on the centring. The slope
/// of X at Z = z is θ(z) = β_X + β_XZ (z − c_Z) with Var θ(z) = V_XX + (z − c_Z)² V_XZ,XZ + 2(z − c_Z) V_X,XZ
/// from the model's covariance (classical, HC1 or CR1); t and the 95 % CI use the model's residual degrees
/// of freedom. Slopes are evaluated at z̄ − k·s_Z, z̄ and z̄ + k·s_Z (k = 1 by default) on the estimation
/// sample (after listwise deletion and singleton removal). Aiken and West (1991), <i>Multiple Regression:
/// Testing and Interpreting Interactions</i>, ch. 2; Preacher, Curran and Bauer (2006), J. Educ. Behav. Stat. 31(4).
/// When Z is already a regressor of the model its column is reused (centred if asked); otherwise it is
/// added after X.
/// </remarks>
public sealed class ModerationAnalysis
{
    private readonly ModerationOptions _options;
    private readonly FixedEffectsOptions _feOptions;

    public ModerationAnalysis(ModerationOptions? options = null, FixedEffectsOptions? fixedEffectsOptions = null)
    {
        _options = options ?? new ModerationOptions();
        if (!(_options.SlopeSpread > 0) || !double.IsFinite(_options.SlopeSpread))
            throw new ArgumentOutOfRangeException(nameof(options), _options.SlopeSpread, "The simple-slope spread (multiple of Z's SD) must be positive.");
        _feOptions = fixedEffectsOptions ?? new FixedEffectsOptions();
    }

    /// <summary>Fits the interaction model of <paramref name="focal"/> (a regressor of <paramref name="model"/>) with <paramref name="moderator"/>.</summary>
    public ModerationResult Fit(RegressionDesign model, string focal, Moderator moderator, ICovarianceEstimator covariance)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(moderator);
        ArgumentNullException.ThrowIfNull(covariance);
        model.Validate();
        var names = model.RegressorNames.ToList();
        int fx = names.IndexOf(focal);
        if (fx < 0)
            throw new ArgumentException($"The focal regressor '{focal}' is not a regressor of the model for '{model.OutcomeName}' " +
                                        $"(regressors: {string.Join(", ", names)}).", nameof(focal));
        if (moderator.Values is null || moderator.Values.Length != model.RowCount)
            throw new ArgumentException($"Moderator '{moderator.Name}' has {moderator.Values?.Length ?? 0} rows, expected {model.RowCount}.", nameof(moderator));
        if (moderator.Name == focal)
            throw new ArgumentException($"The moderator '{moderator.Name}' is the focal regressor; moderation needs two different variables.", nameof(moderator));
        if (moderator.Name == model.OutcomeName)
            throw new ArgumentException($"The moderator '{moderator.Name}' is the outcome; moderation needs a different variable.", nameof(moderator));
        string product = Transforms.Interaction.Name(focal, moderator.Name);
        if (names.Contains(product))
            throw new ArgumentException($"The model already has a regressor named '{product}'.", nameof(moderator));

        // Layout: X, Z, X:Z, then the other regressors in their order.
        var x = model.Regressors[fx];
        var z = moderator.Values;
        var controls = Enumerable.Range(0, names.Count).Where(k => k != fx && names[k] != moderator.Name).ToArray();
        RegressionDesign Build(double cx, double cz) => model with
        {
            RegressorNames = [focal, moderator.Name, product, .. controls.Select(k => names[k])],
            Regressors = [Shift(x, cx), Shift(z, cz), Transforms.Interaction.Product(x, z, cx, cz), .. controls.Select(k => model.Regressors[k])],
        };

        var rows = SampleSelection.Select(Build(0, 0), _feOptions.DropSingletons).Rows;
        if (rows.Length < 2)
            throw new EstimationException($"Moderation of '{focal}' by '{moderator.Name}': only {rows.Length} complete observation{(rows.Length == 1 ? "" : "s")}.");
        double zMean = rows.Average(r => z[r]);
        double zSd = Math.Sqrt(rows.Sum(r => (z[r] - zMean) * (z[r] - zMean)) / (rows.Length - 1));
        if (!(zSd > 0))
            throw new EstimationException($"The moderator '{moderator.Name}' does not vary in the estimation sample (every value is {zMean:R}).");
        double cX = _options.Centre ? rows.Average(r => x[r]) : 0, cZ = _options.Centre ? zMean : 0;

        var result = new FixedEffectsOls(_feOptions).Fit(Build(cX, cZ), covariance);
        foreach (var term in new[] { focal, product })
            if (!result.Terms.Contains(term))
                throw new EstimationException($"Moderation of '{focal}' by '{moderator.Name}': '{term}' was dropped ({string.Join("; ", result.Notes)}).");

        double k = _options.SlopeSpread;
        string spread = k == 1 ? "1 SD" : $"{k.ToString("G4", CultureInfo.InvariantCulture)} SD";
        var slopes = new[] { ($"mean - {spread}", zMean - k * zSd), ("mean", zMean), ($"mean + {spread}", zMean + k * zSd) }
            .Select(s => Slope(result, focal, product, s.Item1, s.Item2, cZ)).ToArray();
        return new ModerationResult
        {
            Model = result,
            Focal = focal,
            Moderator = moderator.Name,
            InteractionTerm = product,
            Centred = _options.Centre,
            FocalCentre = cX,
            ModeratorCentre = cZ,
            ModeratorMean = zMean,
            ModeratorSd = zSd,
            SimpleSlopes = slopes,
        };
    }

    private static SimpleSlope Slope(RegressionResult model, string focal, string product, string label, double at, double centre)
    {
        double d = at - centre;
        double slope = model[focal].Estimate + d * model[product].Estimate;
        double variance = model.Covariance(focal, focal) + d * d * model.Covariance(product, product) + 2 * d * model.Covariance(focal, product);
        double se = Math.Sqrt(Math.Max(variance, 0));
        double t = slope / se;
        int df = model.ResidualDf;
        double p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        double crit = StudentT.InvCDF(0, 1, df, 0.975);
        return new SimpleSlope(label, at, slope, se, t, p, slope - crit * se, slope + crit * se);
    }

    private static double[] Shift(double[] values, double by) => by == 0 ? values : values.Select(v => v - by).ToArray();
}
