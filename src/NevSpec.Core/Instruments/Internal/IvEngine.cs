using MathNet.Numerics.Distributions;
using NevSpec.Core.Estimation;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>Runs one k-class estimation end to end: problem, fit, covariance, inference, first stages and diagnostics.</summary>
internal static class IvEngine
{
    public static IvResult Run(IvDesign design, IvCovariance covariance, IvOptions options, bool liml, double fullerAlpha)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(covariance);
        var fe = options.FixedEffects ?? new FixedEffectsOptions();
        var p = IvProblemBuilder.Build(design, fe);
        if (covariance.IsClustered)
        {
            if (p.Clusters.Length == 0)
                throw new EstimationException($"Clustered standard errors need at least one cluster variable, but the IV model for '{p.OutcomeName}' has none.");
            foreach (var c in p.Clusters)
                if (c.Levels < 2)
                    throw new EstimationException($"Clustered standard errors need at least 2 clusters, but '{c.Name}' has G = {c.Levels} in the estimation sample.");
        }
        var d = IvDof.From(p, options, covariance.IsClustered);
        if (d.SmallResidualDf <= 0 || p.N - p.L - d.DofMinus - d.SDofMinus <= 0)
            throw new EstimationException($"Too few observations for the IV model of '{p.OutcomeName}': N = {p.N}, K = {p.K}, L = {p.L}, " +
                                          $"{d.DofMinus} absorbed by fixed effects (and dofminus); need N > L + absorbed.");
        var fit = liml ? KClassFit.Liml(p, fullerAlpha, d.DofMinus) : KClassFit.TwoStage(p);
        var (v, df, convention) = IvCoefficientCovariance.Estimate(p, fit, covariance, options.SmallSample, d);
        var terms = p.EndogenousNames.Concat(p.ExogenousNames).ToArray();
        var coefficients = new CoefficientEstimate[terms.Length];
        double crit = df is int dof ? StudentT.InvCDF(0, 1, dof, 0.975) : Normal.InvCDF(0, 1, 0.975);
        for (int c = 0; c < terms.Length; c++)
        {
            double b = fit.Beta[c], se = v[c, c] >= 0 ? Math.Sqrt(v[c, c]) : double.NaN, t = b / se;
            double pValue = df is int dd ? 2 * StudentT.CDF(0, 1, dd, -Math.Abs(t)) : 2 * Normal.CDF(0, 1, -Math.Abs(t));
            coefficients[c] = new CoefficientEstimate(terms[c], b, se, t, pValue, b - crit * se, b + crit * se);
        }
        var notes = new List<string>(p.Notes);
        string estimator = !liml ? "2sls" : fullerAlpha == 0 ? "liml" : $"fuller({fullerAlpha.ToString("G", System.Globalization.CultureInfo.InvariantCulture)})";
        var firstStages = FirstStages.Build(p, covariance, d, fe);
        var diagnostics = DiagnosticsBuilder.Build(p, fit, estimator, covariance, d, options, coefficients[0].Estimate, coefficients[0].StdErr, fe, notes);

        double rss = fit.Rss;
        double mean = p.HasFixedEffects ? 0 : p.Y.Average();
        double tss = p.Y.Sum(y => (y - mean) * (y - mean));
        double sigmaDen = options.SmallSample ? d.SmallResidualDf : p.N - d.DofMinus;
        return new IvResult(terms, v.ToArray())
        {
            Outcome = p.OutcomeName,
            Estimator = estimator,
            KClass = fit.KValue,
            LimlLambda = fit.Lambda,
            Coefficients = coefficients,
            Endogenous = p.EndogenousNames,
            Exogenous = p.ExogenousNames,
            ExcludedInstruments = p.InstrumentNames,
            CovarianceName = covariance.Name,
            CovarianceConvention = convention,
            SmallSample = options.SmallSample,
            ResidualDf = df,
            Nobs = p.N,
            DroppedMissing = p.Sample.DroppedMissing,
            DroppedSingletons = p.Sample.DroppedSingletons,
            DroppedCollinear = p.DroppedCollinear.ToArray(),
            RegressorCount = p.K,
            InstrumentCount = p.L,
            AbsorbedDf = p.Absorbed.AbsorbedDf,
            Rss = rss,
            R2 = 1 - rss / tss,
            SigmaSquared = rss / sigmaDen,
            FirstStages = firstStages,
            Diagnostics = diagnostics,
            FixedEffects = p.FixedEffects.Select((f, q) => new FixedEffectSummary(f.Name, f.Levels, p.Absorbed.Redundant[q], p.Absorbed.Nested[q])).ToArray(),
            Clusters = p.Clusters.Select(c => new ClusterSummary(c.Name, c.Levels)).ToArray(),
            Notes = notes.ToArray(),
        };
    }
}
