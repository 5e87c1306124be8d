using NevSpec.Core.Estimation.Internal;
namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// What every search shares: the panel, the grid, and the linear part of the model — the
/// within-transformed regime-independent regressors and regime-dependent regressors (columns absorbed
/// by the unit effects or collinear with earlier ones removed, with a note) and an orthonormal basis of
/// their span. Any threshold model's regressors span this plus the regime columns T(x·1(q &lt; γ)).
/// </summary>
internal sealed class ThresholdSearchSetup
{
    // As in FixedEffectsOls: a column is absorbed by the fixed effects when what demeaning leaves is
    // below 1e-6 of its deviation from its mean, or a few ulps of its level.

    public ThresholdPanel Panel { get; }
    public ThresholdGridPoints Grid { get; }
    public IReadOnlyList<string> IndependentNames { get; }
    public IReadOnlyList<string> DependentNames { get; }

    /// <summary>Indices (into the design's regime-independent regressors) kept in the model.</summary>
    public int[] KeptIndependent { get; }

    /// <summary>Linear design columns in regression-row space: kept independent, then kept dependent.</summary>
    public double[][] Linear { get; }

    /// <summary>Orthonormal basis of the span of <see cref="Linear"/>.</summary>
    public double[][] Basis { get; }

    public IReadOnlyList<string> Notes { get; }

    public ThresholdSearchSetup(ThresholdPanel panel, ThresholdGridPoints grid, IReadOnlyList<string> independentNames, IReadOnlyList<string> dependentNames)
    {
        Panel = panel;
        Grid = grid;
        IndependentNames = independentNames;
        DependentNames = dependentNames;
        var notes = new List<string>();
        var kept = new List<int>();
        var linear = new List<double[]>();
        var basis = new List<double[]>();
        void Offer(double[] raw, string name, bool dependent, Action onKeep)
        {
            var rows = panel.Transform(raw);
            if (AbsorptionCheck.IsAbsorbed(rows, raw))
            {
                notes.Add(dependent
                    ? $"'{name}' does not vary within units: its common slope is absorbed by the unit effects, only differences between its regime slopes are identified."
                    : $"'{name}' does not vary within units (absorbed by the unit effects) and was dropped.");
                return;
            }
            var candidate = (double[])rows.Clone();
            if (!Orthonormal.TryExtend(candidate, basis, basis.Count))
            {
                notes.Add($"'{name}' is collinear with other regressors and was dropped.");
                return;
            }
            basis.Add(candidate);
            linear.Add(rows);
            onKeep();
        }
        for (int k = 0; k < panel.Independent.Length; k++) { int index = k; Offer(panel.Independent[k], independentNames[k], false, () => kept.Add(index)); }
        for (int k = 0; k < panel.Dependent.Length; k++) Offer(panel.Dependent[k], dependentNames[k], true, () => { });
        KeptIndependent = kept.ToArray();
        Linear = linear.ToArray();
        Basis = basis.ToArray();
        Notes = notes;
    }

    /// <summary>T(x_k·1(q &lt; upper)): the regime column of regime-dependent regressor k below <paramref name="upper"/>.</summary>
    public void BelowColumn(int k, double upper, Span<double> rows, Span<double> rawScratch)
    {
        var x = Panel.Dependent[k];
        var q = Panel.Q;
        for (int o = 0; o < rawScratch.Length; o++) rawScratch[o] = q[o] < upper ? x[o] : 0.0;
        Panel.Transform(rawScratch, rows);
    }


}
