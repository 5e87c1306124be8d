using NevSpec.Core.Estimation.Internal;

namespace NevSpec.Core.Estimation;

/// <summary>
/// Least squares with any number of absorbed fixed effects (the within estimator; reghdfe, fixest
/// <c>feols</c>). Without fixed effects it is OLS with an intercept (<c>_cons</c>).
/// </summary>
/// <remarks>
/// Steps: listwise deletion; iterative removal of singletons; demeaning of y and X by accelerated
/// alternating projections (exact in one sweep for one fixed effect); regressors whose within
/// variation vanishes are dropped as collinear with the fixed effects; Householder QR with R-style
/// limited pivoting drops regressors collinear with earlier ones; the covariance estimator supplies V
/// and the degrees of freedom; t, p, 95 % CI and the Wald F of all slopes follow (Frisch–Waugh–Lovell:
/// slopes and their covariance equal those of the full dummy-variable regression).
/// </remarks>
public sealed class FixedEffectsOls
{
    /// <summary>Constant term name used without fixed effects (Stata's).</summary>
    public const string InterceptName = "_cons";

    // R lm's default: a column is collinear when its norm left after QR is below 1e-7 of its own norm.
    private const double QrTolerance = 1e-7;

    private readonly FixedEffectsOptions _options;

    public FixedEffectsOls(FixedEffectsOptions? options = null)
    {
        _options = options ?? new FixedEffectsOptions();
        if (!(_options.Tolerance > 0))
            throw new ArgumentOutOfRangeException(nameof(options), _options.Tolerance, "Tolerance must be positive.");
        if (_options.MaxIterations < 1)
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxIterations, "MaxIterations must be at least 1.");
    }

    /// <summary>Fits the model and estimates the covariance with <paramref name="covariance"/>.</summary>
    public RegressionResult Fit(RegressionDesign design, ICovarianceEstimator covariance)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(covariance);
        design.Validate();
        bool hasFe = design.FixedEffects.Count > 0;
        if (hasFe && design.Regressors.Count == 0)
            throw new EstimationException($"The model for '{design.OutcomeName}' has fixed effects but no regressors; there is nothing to estimate.");

        if (!hasFe && design.RegressorNames.Contains(InterceptName))
            throw new ArgumentException($"'{InterceptName}' is reserved for the intercept of a model without fixed effects; rename the regressor.", nameof(design));

        var notes = new List<string>();
        var sample = SampleSelection.Select(design, _options.DropSingletons);
        AddSampleNotes(sample, notes);
        int n = sample.Rows.Length;
        if (n == 0)
            throw new EstimationException(
                $"No observations left for '{design.OutcomeName}': {design.RowCount} rows, {sample.DroppedMissing} dropped for missing values" +
                $"{MissingDetail(sample)}, {sample.DroppedSingletons} dropped as fixed-effect singletons.");

        var rows = sample.Rows;
        var y = AbsorptionCheck.Subset(design.Outcome, rows);
        var x = design.Regressors.Select(r => AbsorptionCheck.Subset(r, rows)).ToArray();
        var fixedEffects = design.FixedEffects.Select(f => f.Restrict(rows)).ToArray();
        var clusters = design.Clusters.Select(f => f.Restrict(rows)).ToArray();

        // Demean (or, without fixed effects, add the intercept column in front so it is kept first).
        double[] yTilde;
        var candidates = new List<(string Name, double[] Column)>();
        int sweeps = 0;
        var dropped = new List<string>();
        if (hasFe)
        {
            var map = new AlternatingProjections(fixedEffects);
            var all = new double[x.Length + 1][];
            var outcomes = new AlternatingProjections.Outcome[all.Length];
            Parallel.For(0, all.Length, v =>
                outcomes[v] = map.Demean(v == 0 ? y : x[v - 1], _options.Tolerance, _options.MaxIterations));
            sweeps = outcomes.Max(o => o.Sweeps);
            var slow = outcomes.Select((o, v) => (o, v)).Where(t => !t.o.Converged).ToArray();
            if (slow.Length > 0)
                notes.Add($"Demeaning did not converge within {_options.MaxIterations} sweeps for " +
                          string.Join(", ", slow.Select(t => $"'{(t.v == 0 ? design.OutcomeName : design.RegressorNames[t.v - 1])}' (relative change {t.o.LastRelativeChange:G3})")) +
                          $"; results are approximate (tolerance {_options.Tolerance:G3}).");
            yTilde = outcomes[0].Values;
            for (int k = 0; k < x.Length; k++)
            {
                var xt = outcomes[k + 1].Values;
                if (AbsorptionCheck.IsAbsorbed(xt, x[k]))
                {
                    dropped.Add(design.RegressorNames[k]);
                    notes.Add($"'{design.RegressorNames[k]}' is collinear with the fixed effects and was dropped.");
                }
                else candidates.Add((design.RegressorNames[k], xt));
            }
        }
        else
        {
            yTilde = y;
            var ones = new double[n];
            Array.Fill(ones, 1.0);
            candidates.Add((InterceptName, ones));
            for (int k = 0; k < x.Length; k++) candidates.Add((design.RegressorNames[k], x[k]));
        }

        if (hasFe && candidates.Count == 0)
            throw new EstimationException(
                $"All regressors of '{design.OutcomeName}' ({string.Join(", ", design.RegressorNames)}) are collinear with the fixed effects " +
                $"({string.Join(", ", design.FixedEffects.Select(f => f.Name))}); there is nothing to estimate.");

        var ls = PivotedLeastSquares.Solve(candidates.Select(c => c.Column).ToArray(), yTilde, QrTolerance);
        foreach (int j in ls.Collinear)
        {
            dropped.Add(candidates[j].Name);
            notes.Add($"'{candidates[j].Name}' is collinear with other regressors and was dropped.");
        }
        if (hasFe && ls.Kept.Length == 0)
            throw new EstimationException($"All regressors of '{design.OutcomeName}' are collinear; there is nothing to estimate.");

        // Report order: regressors as given, _cons last (the QR saw _cons first so it is never the one dropped).
        var order = Enumerable.Range(0, ls.Kept.Length)
            .OrderBy(i => candidates[ls.Kept[i]].Name == InterceptName && !hasFe ? 1 : 0).ThenBy(i => ls.Kept[i]).ToArray();
        var terms = order.Select(i => candidates[ls.Kept[i]].Name).ToArray();
        var columns = order.Select(i => candidates[ls.Kept[i]].Column).ToArray();
        var beta = order.Select(i => ls.Beta[i]).ToArray();
        var bread = new double[order.Length, order.Length];
        for (int a = 0; a < order.Length; a++)
            for (int b = 0; b < order.Length; b++) bread[a, b] = ls.Bread[order[a], order[b]];

        var dof = AbsorbedDegreesOfFreedom.Compute(fixedEffects, clusters);
        int parameters = columns.Length + dof.AbsorbedDf;
        if (n <= parameters)
            throw new EstimationException(
                $"Too few observations for '{design.OutcomeName}': N = {n} but K = {parameters} " +
                $"({columns.Length} coefficients + {dof.AbsorbedDf} absorbed by fixed effects); need N > K.");

        var residuals = new double[n];
        for (int i = 0; i < n; i++)
        {
            double fit = 0;
            for (int c = 0; c < columns.Length; c++) fit += columns[c][i] * beta[c];
            residuals[i] = yTilde[i] - fit;
        }

        var context = new CovarianceContext(columns, residuals, bread, dof.AbsorbedDf, dof.AbsorbedDfUnderClustering, clusters);
        var vcov = covariance.Estimate(context);
        notes.AddRange(vcov.Notes);

        return ResultAssembly.Build(new ResultAssembly.Inputs(
            design.OutcomeName, terms, beta, vcov, covariance.Name, y, yTilde, context, hasFe, sample,
            dropped, fixedEffects.Select((f, q) => new FixedEffectSummary(f.Name, f.Levels, dof.Redundant[q], dof.Nested[q])).ToArray(),
            clusters.Select(c => new ClusterSummary(c.Name, c.Levels)).ToArray(), sweeps, notes));
    }

    private static void AddSampleNotes(SampleSelection sample, List<string> notes)
    {
        if (sample.DroppedMissing > 0)
            notes.Add($"{sample.DroppedMissing} observation{(sample.DroppedMissing == 1 ? "" : "s")} dropped for missing values{MissingDetail(sample)}.");
        if (sample.DroppedSingletons > 0)
            notes.Add($"{sample.DroppedSingletons} singleton observation{(sample.DroppedSingletons == 1 ? "" : "s")} dropped (a fixed-effect level with one observation; removed iteratively).");
    }

    private static string MissingDetail(SampleSelection sample) =>
        sample.MissingByVariable.Count == 0 ? "" : " (" + string.Join(", ", sample.MissingByVariable.Select(m => $"{m.Name}: {m.Count}")) + ")";



}
