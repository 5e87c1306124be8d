namespace NevSpec.Core.Threshold;

/// <summary>
/// The model with <see cref="Order"/> thresholds, as found by Hansen's sequential procedure: the
/// threshold added at this step (<see cref="Estimate"/>, searched with the earlier ones fixed), for
/// the double model the refinement of the first threshold with the second fixed, the model's
/// coefficients at its final thresholds, and the test against the model with one threshold fewer.
/// </summary>
public sealed class ThresholdStep
{
    internal ThresholdStep(int order, ThresholdEstimate estimate, ThresholdEstimate? refinement, IReadOnlyList<double> thresholds,
        double sse, IReadOnlyList<ThresholdCoefficient> coefficients, ThresholdTest test, IReadOnlyList<string> droppedCollinear)
    {
        Order = order;
        Estimate = estimate;
        Refinement = refinement;
        Thresholds = thresholds.ToArray().AsReadOnly();
        Sse = sse;
        Coefficients = coefficients.ToArray().AsReadOnly();
        Test = test;
        DroppedCollinear = droppedCollinear.ToArray().AsReadOnly();
    }

    /// <summary>Number of thresholds of this model (1 single, 2 double, 3 triple).</summary>
    public int Order { get; }

    /// <summary>The threshold added at this step (Hansen's "first iteration" for the double model).</summary>
    public ThresholdEstimate Estimate { get; }

    /// <summary>
    /// Double model only (and when refinement is on): the first threshold re-estimated with the second
    /// held fixed (Hansen's "second iteration", the refinement estimator γ̂₁ʳ). Null otherwise.
    /// </summary>
    public ThresholdEstimate? Refinement { get; }

    /// <summary>The model's thresholds, ascending (after refinement).</summary>
    public IReadOnlyList<double> Thresholds { get; }

    /// <summary>SSE of the model at <see cref="Thresholds"/>.</summary>
    public double Sse { get; }

    /// <summary>
    /// Slopes: the regime-independent regressors first (in the design's order), then for each
    /// regime-dependent regressor its slope in regime 1, …, Order + 1 (Hansen's output order).
    /// </summary>
    public IReadOnlyList<ThresholdCoefficient> Coefficients { get; }

    /// <summary>F test of Order − 1 against Order thresholds, with its bootstrap.</summary>
    public ThresholdTest Test { get; }

    /// <summary>Terms dropped as collinear (normally none).</summary>
    public IReadOnlyList<string> DroppedCollinear { get; }
}
