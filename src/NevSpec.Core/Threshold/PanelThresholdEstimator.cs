using NevSpec.Core.Estimation;
using NevSpec.Core.Threshold.Internal;

namespace NevSpec.Core.Threshold;

/// <summary>
/// Hansen's (1999) fixed-effects panel threshold regression: sequential estimation of up to three
/// thresholds by least squares over a grid, bootstrap F tests for their number, LR confidence regions,
/// and regime coefficients with homoskedastic, White and cluster standard errors. Reproduces Hansen's
/// own GAUSS program (<c>THRESH_P.PRG</c>) on his data.
/// </summary>
/// <remarks>
/// Model: y_it = μ_i + x_it'β + Σ_r z_it'δ_r·1(γ_{r−1} ≤ q_it &lt; γ_r) + e_it (γ₀ = −∞, γ_last+1 = +∞;
/// strict "&lt;" as in Hansen's code), with x the regime-independent and z the regime-dependent regressors.
/// Steps (Hansen 1999, J. Econometrics 93:345–368, secs. 2–4; conventions of <c>THRESH_P.PRG</c>):
/// (1) listwise deletion, within transform per unit (<see cref="ThresholdWithinTransform"/>);
/// (2) γ̂₁ = argmin SSR(γ) over the grid (<see cref="ThresholdGrid"/>), F₁ = ty·(S₀/S₁ − 1);
/// (3) γ̂₂ given γ̂₁ (grid trimmed around γ̂₁), then the refinement γ̂₁ʳ given γ̂₂, F₂ against the single
/// model; (4) γ̂₃ given both, F₃ against the double model; each F with a bootstrap (see
/// <see cref="ThresholdTest"/>) and each γ̂ with LR regions (see <see cref="ThresholdInterval"/>).
/// SSR over the grid comes from cumulative cross-products (<see cref="ThresholdSearchAlgorithm"/>).
/// <para>
/// Unbalanced panels: each unit is demeaned over its own Tᵢ periods and (Hansen's convention) its last
/// period dropped, so ty = Σᵢ(Tᵢ − 1) replaces n(T − 1) everywhere; the grid is built from all
/// Σᵢ Tᵢ unit-periods as in the balanced case. The only change of substance is the bootstrap: a unit
/// receives the residual vector of a unit drawn among those with the same number of periods, so each
/// drawn vector fits its slots and keeps the within-transform's correlation pattern for that Tᵢ (with a
/// balanced panel this is Hansen's scheme exactly). A unit alone with its Tᵢ always keeps its own
/// residuals (reported in a note). Units left with one period carry no within information and are
/// dropped. Stata's <c>xthreg</c> refuses unbalanced panels.
/// </para>
/// </remarks>
public sealed class PanelThresholdEstimator
{
    private static readonly string[] StepNames = ["single", "double", "triple"];

    public PanelThresholdEstimator(PanelThresholdOptions? options = null)
    {
        Options = options ?? new PanelThresholdOptions();
        Options.Validate();
    }

    /// <summary>The settings of this estimator.</summary>
    public PanelThresholdOptions Options { get; }

    /// <summary>Estimates and tests the threshold model on <paramref name="design"/>.</summary>
    /// <exception cref="ArgumentException">The design's parts do not fit together.</exception>
    /// <exception cref="EstimationException">Too few units, a time-invariant threshold variable, trimming that leaves no grid, or a duplicate unit-period.</exception>
    public PanelThresholdResult Fit(PanelThresholdDesign design, IProgress<ThresholdProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(design);
        design.Validate();
        var options = Options;
        var panel = ThresholdPanel.Build(design, options.Within);
        var grid = ThresholdGridPoints.Build(panel.Q, options.Grid, options.TrimmingAt(1));
        var setup = new ThresholdSearchSetup(panel, grid, design.RegimeIndependentNames, design.EffectiveRegimeDependentNames);
        int largest = setup.KeptIndependent.Length + panel.Dependent.Length * (options.MaxThresholds + 1);
        if (panel.Rows <= largest)
            throw new EstimationException(
                $"Too few observations: {panel.Rows} regression rows for a model with up to {largest} slopes ({panel.Units} units).");

        IThresholdSearch search = options.Algorithm == ThresholdSearchAlgorithm.RegressionPerGridPoint
            ? new NaiveThresholdSearch(setup)
            : new CumulativeThresholdSearch(setup);
        var y = panel.Transform(panel.Y);
        var notes = new List<string>(panel.Notes);
        notes.AddRange(setup.Notes);
        var bootstrap = new ThresholdBootstrap(setup, search, options);
        if (bootstrap.LoneUnits > 0 && !panel.Balanced && options.BootstrapReplications > 0)
            notes.Add($"{bootstrap.LoneUnits} unit{(bootstrap.LoneUnits == 1 ? " is" : "s are")} alone with {(bootstrap.LoneUnits == 1 ? "its" : "their")} number of periods; " +
                      "the bootstrap always gives them their own residual vector.");

        var context = new StepContext(setup, search, search.CreateWorkspace(), y, options, design.ThresholdName, notes);
        var linear = ThresholdRegression.Fit(setup, y, [], options.StandardErrors, design.ThresholdName);
        var nullFit = linear;
        var steps = new List<ThresholdStep>();
        var fixedIndices = new List<int>();
        for (int order = 1; order <= options.MaxThresholds; order++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string name = StepNames[order - 1];
            progress?.Report(new ThresholdProgress($"search {name}", 0, 1));
            double trim = options.TrimmingAt(order);
            var (index, estimate, alternative) = context.SearchStep(fixedIndices, trim, order);
            progress?.Report(new ThresholdProgress($"search {name}", 1, 1));
            double f = panel.WithinDf * (nullFit.Sse / alternative.Sse - 1);

            var thresholds = new List<int>(fixedIndices) { index };
            ThresholdEstimate? refinement = null;
            var modelFit = alternative;
            if (order == 2 && options.Refine)
            {
                var (refined, refinedEstimate, refinedFit) = context.SearchStep([index], trim, order);
                refinement = refinedEstimate;
                thresholds = [refined, index];
                modelFit = refinedFit;
            }

            var statistics = bootstrap.Run(order, nullFit.Fitted, nullFit.Residuals, progress, $"bootstrap {name}", cancellationToken);
            var test = new ThresholdTest(order, f, nullFit.Sse, alternative.Sse, statistics, options.ConfidenceLevels);
            var values = thresholds.Select(i => grid.Values[i]).Order().ToArray();
            steps.Add(new ThresholdStep(order, estimate, refinement, values, modelFit.Sse, modelFit.Coefficients, test, modelFit.DroppedCollinear));
            nullFit = modelFit;
            fixedIndices = thresholds;
        }

        var periods = Enumerable.Range(0, panel.Units).Select(panel.PeriodsOf).ToArray();
        return new PanelThresholdResult(design, options, panel.Units, panel.Observations, panel.Rows, panel.Balanced,
            periods.Min(), periods.Max(), panel.DroppedMissing, panel.DroppedUnits, grid.DistinctValues, grid.Count,
            linear.Sse, linear.Coefficients, steps, notes.Distinct().ToArray());
    }

    /// <summary>One grid search on the sample, turned into an estimate with its LR curve and regions.</summary>
    private sealed record StepContext(ThresholdSearchSetup Setup, IThresholdSearch Search, SearchWorkspace Workspace, double[] Y,
        PanelThresholdOptions Options, string ThresholdName, List<string> Notes)
    {
        public (int Index, ThresholdEstimate Estimate, ThresholdRegression Fit) SearchStep(IReadOnlyList<int> fixedIndices, double trim, int order)
        {
            var grid = Setup.Grid;
            var fixedArray = fixedIndices.ToArray();
            var candidates = grid.Candidates(fixedArray, trim);
            if (candidates.Length == 0)
                throw new EstimationException(
                    $"Trimming {trim:G} around the fixed threshold(s) {string.Join(", ", fixedArray.Select(i => grid.Values[i].ToString("G6")))} " +
                    $"leaves no grid point for threshold {order} (grid of {grid.Count} points).");
            var ssr = new double[candidates.Length];
            var outcome = Search.Search(Y, fixedArray, candidates, ssr, Workspace);
            if (outcome.Best < 0)
                throw new EstimationException($"No grid point gives threshold {order} a regime with within variation of its own.");
            int skipped = ssr.Count(double.IsNaN);
            if (skipped > 0)
                Notes.Add($"Threshold {order}: {skipped} grid point{(skipped == 1 ? "" : "s")} skipped, where a regime would have no within variation of its own.");

            int ty = Setup.Panel.WithinDf;
            double best = outcome.BestSsr;
            var curve = new List<LikelihoodRatioPoint>(candidates.Length);
            for (int c = 0; c < candidates.Length; c++)
                if (!double.IsNaN(ssr[c])) curve.Add(new LikelihoodRatioPoint(grid.Values[candidates[c]], ty * (ssr[c] / best - 1)));
            var intervals = Options.ConfidenceLevels.Select(level =>
            {
                double critical = ThresholdInterval.CriticalValueFor(level);
                var inside = curve.Where(p => p.Lr < critical).Select(p => p.Threshold).ToArray();
                return new ThresholdInterval(level, critical, inside.Min(), inside.Max());
            }).ToArray();

            int index = candidates[outcome.Best];
            var fixedValues = fixedArray.Select(i => grid.Values[i]).Order().ToArray();
            var fit = ThresholdRegression.Fit(Setup, Y, [.. fixedValues, grid.Values[index]], Options.StandardErrors, ThresholdName);
            return (index, new ThresholdEstimate(grid.Values[index], fit.Sse, fixedValues, trim, intervals, curve, fit.Coefficients), fit);
        }
    }
}
