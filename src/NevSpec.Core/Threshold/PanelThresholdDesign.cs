using NevSpec.Core.Estimation;

namespace NevSpec.Core.Threshold;

/// <summary>
/// The data of a Hansen (1999) panel threshold model, one entry per unit-period, all arrays of the
/// same length: unit and time keys, the outcome, the threshold variable, the regressors whose slopes
/// switch across regimes (regime-dependent) and those whose slopes do not (regime-independent).
/// Lags and other transformations are the caller's: every column enters as given.
/// </summary>
/// <remarks>
/// A NaN in the outcome, the threshold variable, a regressor or the time, or a missing (−1) unit
/// code drops that unit-period (listwise deletion, counted in the result's notes). An empty list of
/// regime-dependent regressors means the threshold variable itself (the usual <c>xthreg rx(q) qx(q)</c>
/// case). Unit fixed effects are always removed; Hansen's model has no time effects, but year dummies
/// given as regime-independent regressors are within-transformed like any regressor, which is the
/// two-way model for the regime-independent part.
/// </remarks>
public sealed record PanelThresholdDesign(
    Factor Unit,
    double[] Time,
    string OutcomeName,
    double[] Outcome,
    string ThresholdName,
    double[] Threshold,
    IReadOnlyList<string> RegimeDependentNames,
    IReadOnlyList<double[]> RegimeDependent,
    IReadOnlyList<string> RegimeIndependentNames,
    IReadOnlyList<double[]> RegimeIndependent)
{
    /// <summary>Number of unit-periods before any deletion.</summary>
    public int RowCount => Outcome?.Length ?? 0;

    /// <summary>Names of the regime-dependent regressors actually used (the threshold variable when none are given).</summary>
    public IReadOnlyList<string> EffectiveRegimeDependentNames =>
        RegimeDependentNames is { Count: > 0 } ? RegimeDependentNames : [ThresholdName];

    /// <summary>The regime-dependent regressors actually used (the threshold variable when none are given).</summary>
    public IReadOnlyList<double[]> EffectiveRegimeDependent =>
        RegimeDependent is { Count: > 0 } ? RegimeDependent : [Threshold];

    /// <summary>Throws <see cref="ArgumentException"/> when the parts do not fit together.</summary>
    public void Validate()
    {
        if (Unit is null) throw new ArgumentException("The unit factor is null.", nameof(Unit));
        if (Outcome is null) throw new ArgumentException("The outcome is null.", nameof(Outcome));
        if (Time is null) throw new ArgumentException("The time variable is null.", nameof(Time));
        if (Threshold is null) throw new ArgumentException("The threshold variable is null.", nameof(Threshold));
        if (RegimeDependentNames is null || RegimeDependent is null || RegimeIndependentNames is null || RegimeIndependent is null)
            throw new ArgumentException("Regressor names and columns must not be null (use empty lists).");
        if (RegimeDependentNames.Count != RegimeDependent.Count)
            throw new ArgumentException($"Got {RegimeDependentNames.Count} regime-dependent names but {RegimeDependent.Count} columns.", nameof(RegimeDependent));
        if (RegimeIndependentNames.Count != RegimeIndependent.Count)
            throw new ArgumentException($"Got {RegimeIndependentNames.Count} regime-independent names but {RegimeIndependent.Count} columns.", nameof(RegimeIndependent));
        int n = Outcome.Length;
        Check(Unit.Length, "unit factor '" + Unit.Name + "'");
        Check(Time.Length, "time variable");
        Check(Threshold.Length, $"threshold variable '{ThresholdName}'");
        for (int k = 0; k < RegimeDependent.Count; k++) Check(RegimeDependent[k]?.Length ?? -1, $"regime-dependent regressor '{RegimeDependentNames[k]}'");
        for (int k = 0; k < RegimeIndependent.Count; k++) Check(RegimeIndependent[k]?.Length ?? -1, $"regime-independent regressor '{RegimeIndependentNames[k]}'");

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in EffectiveRegimeDependentNames.Concat(RegimeIndependentNames))
            if (!names.Add(name))
                throw new ArgumentException($"Regressor '{name}' appears twice (a regressor is either regime-dependent or regime-independent, once).");
        if (names.Contains(OutcomeName))
            throw new ArgumentException($"The outcome '{OutcomeName}' is also a regressor.");

        void Check(int length, string what)
        {
            if (length != n) throw new ArgumentException($"The {what} has {Math.Max(length, 0)} rows, expected {n} (as the outcome '{OutcomeName}').");
        }
    }
}
