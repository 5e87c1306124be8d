namespace NevSpec.Core.Threshold;

/// <summary>
/// Everything a Hansen (1999) panel threshold fit produces: the sample, the linear (zero-threshold)
/// model, and for k = 1 … MaxThresholds the k-threshold model with its threshold estimates, LR curves
/// and confidence regions, coefficients, and bootstrap F test. Immutable.
/// </summary>
public sealed class PanelThresholdResult
{
    internal PanelThresholdResult(PanelThresholdDesign design, PanelThresholdOptions options, int units, int observations,
        int regressionRows, bool balanced, int minPeriods, int maxPeriods, int droppedMissing, int droppedUnits,
        int distinctThresholdValues, int gridSize, double linearSse, IReadOnlyList<ThresholdCoefficient> linearCoefficients,
        IReadOnlyList<ThresholdStep> steps, IReadOnlyList<string> notes)
    {
        OutcomeName = design.OutcomeName;
        ThresholdName = design.ThresholdName;
        RegimeDependentNames = design.EffectiveRegimeDependentNames.ToArray().AsReadOnly();
        RegimeIndependentNames = design.RegimeIndependentNames.ToArray().AsReadOnly();
        Options = options;
        Units = units;
        Observations = observations;
        RegressionRows = regressionRows;
        Balanced = balanced;
        MinPeriods = minPeriods;
        MaxPeriods = maxPeriods;
        DroppedMissing = droppedMissing;
        DroppedUnits = droppedUnits;
        DistinctThresholdValues = distinctThresholdValues;
        GridSize = gridSize;
        LinearSse = linearSse;
        LinearCoefficients = linearCoefficients.ToArray().AsReadOnly();
        Steps = steps.ToArray().AsReadOnly();
        Tests = Steps.Select(s => s.Test).ToArray().AsReadOnly();
        Thresholds = Steps.Select(s => s.Estimate).ToArray().AsReadOnly();
        Notes = notes.ToArray().AsReadOnly();
    }

    /// <summary>Name of the outcome.</summary>
    public string OutcomeName { get; }

    /// <summary>Name of the threshold variable q.</summary>
    public string ThresholdName { get; }

    /// <summary>Regressors whose slopes switch at the thresholds (the threshold variable when none were given).</summary>
    public IReadOnlyList<string> RegimeDependentNames { get; }

    /// <summary>Regressors with one slope in every regime.</summary>
    public IReadOnlyList<string> RegimeIndependentNames { get; }

    /// <summary>The settings used.</summary>
    public PanelThresholdOptions Options { get; }

    /// <summary>Units n in the estimation sample.</summary>
    public int Units { get; }

    /// <summary>Unit-periods used (Σᵢ Tᵢ).</summary>
    public int Observations { get; }

    /// <summary>Rows of the within-transformed regression: Σᵢ(Tᵢ − 1) when the last period is dropped (Hansen's "Total Observations"), Σᵢ Tᵢ otherwise.</summary>
    public int RegressionRows { get; }

    /// <summary>ty = Σᵢ(Tᵢ − 1), the error degrees of freedom in F and LR.</summary>
    public int WithinDf => Observations - Units;

    /// <summary>True when every unit has the same number of periods.</summary>
    public bool Balanced { get; }

    /// <summary>Fewest periods of a unit in the sample.</summary>
    public int MinPeriods { get; }

    /// <summary>Most periods of a unit in the sample (T when balanced).</summary>
    public int MaxPeriods { get; }

    /// <summary>Unit-periods removed by listwise deletion.</summary>
    public int DroppedMissing { get; }

    /// <summary>Units removed because a single period was left.</summary>
    public int DroppedUnits { get; }

    /// <summary>Distinct values of the threshold variable in the sample.</summary>
    public int DistinctThresholdValues { get; }

    /// <summary>Distinct grid points of the first search (393 for Hansen's data).</summary>
    public int GridSize { get; }

    /// <summary>SSE of the linear model (no threshold).</summary>
    public double LinearSse { get; }

    /// <summary>Slopes of the linear model (regime-independent, then regime-dependent regressors).</summary>
    public IReadOnlyList<ThresholdCoefficient> LinearCoefficients { get; }

    /// <summary>Steps[k − 1] is the model with k thresholds and its test.</summary>
    public IReadOnlyList<ThresholdStep> Steps { get; }

    /// <summary>The single-threshold model.</summary>
    public ThresholdStep Single => Steps[0];

    /// <summary>The double-threshold model, or null when MaxThresholds &lt; 2.</summary>
    public ThresholdStep? Double => Steps.Count > 1 ? Steps[1] : null;

    /// <summary>The triple-threshold model, or null when MaxThresholds &lt; 3.</summary>
    public ThresholdStep? Triple => Steps.Count > 2 ? Steps[2] : null;

    /// <summary>The tests: Tests[k − 1] is k − 1 against k thresholds (Table "threshold effect tests").</summary>
    public IReadOnlyList<ThresholdTest> Tests { get; }

    /// <summary>Thresholds[k − 1] is the threshold found at step k (its estimate, confidence regions and LR curve).</summary>
    public IReadOnlyList<ThresholdEstimate> Thresholds { get; }

    /// <summary>Remarks: deleted rows, dropped units or columns, unbalanced-panel handling.</summary>
    public IReadOnlyList<string> Notes { get; }
}
