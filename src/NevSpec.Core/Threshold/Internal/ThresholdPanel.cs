using NevSpec.Core.Estimation;

namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// The estimation sample of a threshold model: listwise deletion, units ordered by factor code and
/// periods by time, units with a single period removed (the within transform leaves nothing of them),
/// and the within transform T and its adjoint T'.
/// </summary>
/// <remarks>
/// Unit u has observations <c>ObsStart[u] .. ObsStart[u+1]−1</c> (raw space, N = Σ Tᵤ) and
/// regression rows <c>RowStart[u] .. RowStart[u+1]−1</c>: the first Tᵤ − 1 of its periods when the
/// last one is dropped (Hansen), all Tᵤ otherwise. T = S(I − Jᵤ/Tᵤ) per unit, S the row selection,
/// so T'v = (I − Jᵤ/Tᵤ)S'v: place v in the kept slots, zero elsewhere, subtract the unit mean.
/// </remarks>
internal sealed class ThresholdPanel
{
    public required int Units { get; init; }
    public required int Observations { get; init; }
    public required int Rows { get; init; }
    public required int[] ObsStart { get; init; }
    public required int[] RowStart { get; init; }
    public required double[] Y { get; init; }
    public required double[] Q { get; init; }
    public required double[][] Independent { get; init; }
    public required double[][] Dependent { get; init; }
    public required bool DropLast { get; init; }
    public required string[] UnitLabels { get; init; }
    public required int DroppedMissing { get; init; }
    public required int DroppedUnits { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Error degrees of freedom Σᵤ(Tᵤ − 1): the ty of Hansen's F = ty·(S₀/S₁ − 1).</summary>
    public int WithinDf => Observations - Units;

    public int PeriodsOf(int u) => ObsStart[u + 1] - ObsStart[u];

    public int RowsOf(int u) => RowStart[u + 1] - RowStart[u];

    public bool Balanced
    {
        get
        {
            for (int u = 1; u < Units; u++) if (PeriodsOf(u) != PeriodsOf(0)) return false;
            return true;
        }
    }

    public static ThresholdPanel Build(PanelThresholdDesign design, ThresholdWithinTransform within)
    {
        int n = design.RowCount;
        var dependent = design.EffectiveRegimeDependent;
        var dependentNames = design.EffectiveRegimeDependentNames;
        var keep = new bool[n];
        Array.Fill(keep, true);
        var missing = new List<string>();
        void Mark(string name, Func<int, bool> isMissing)
        {
            int count = 0;
            for (int i = 0; i < n; i++)
                if (isMissing(i)) { count++; keep[i] = false; }
            if (count > 0) missing.Add($"{name}: {count}");
        }
        Mark(design.OutcomeName, i => !double.IsFinite(design.Outcome[i]));
        Mark(design.ThresholdName, i => !double.IsFinite(design.Threshold[i]));
        for (int k = 0; k < dependent.Count; k++)
            if (!ReferenceEquals(dependent[k], design.Threshold)) { var x = dependent[k]; Mark(dependentNames[k], i => !double.IsFinite(x[i])); }
        for (int k = 0; k < design.RegimeIndependent.Count; k++)
        { var x = design.RegimeIndependent[k]; Mark(design.RegimeIndependentNames[k], i => !double.IsFinite(x[i])); }
        Mark(design.Unit.Name, i => design.Unit.CodeAt(i) < 0);
        Mark("time", i => !double.IsFinite(design.Time[i]));
        int droppedMissing = keep.Count(k => !k);

        // Canonical order: unit code, then time. The bootstrap draws unit by unit in this order, so
        // permuting the input rows changes nothing.
        var rows = Enumerable.Range(0, n).Where(i => keep[i])
            .OrderBy(i => design.Unit.CodeAt(i)).ThenBy(i => design.Time[i]).ToArray();
        var groups = new List<int[]>();
        int droppedUnits = 0, droppedUnitRows = 0;
        for (int a = 0; a < rows.Length;)
        {
            int b = a;
            while (b < rows.Length && design.Unit.CodeAt(rows[b]) == design.Unit.CodeAt(rows[a])) b++;
            for (int t = a + 1; t < b; t++)
                if (design.Time[rows[t]] == design.Time[rows[t - 1]])
                    throw new EstimationException(
                        $"Unit '{design.Unit.LevelLabels[design.Unit.CodeAt(rows[t])]}' has two rows for time {design.Time[rows[t]]:R}; " +
                        "a panel needs one row per unit and period.");
            if (b - a >= 2) groups.Add(rows[a..b]);
            else { droppedUnits++; droppedUnitRows += b - a; }
            a = b;
        }

        var notes = new List<string>();
        if (droppedMissing > 0)
            notes.Add($"{droppedMissing} unit-period{(droppedMissing == 1 ? "" : "s")} dropped for missing values ({string.Join(", ", missing)}); " +
                      "each unit keeps its remaining periods.");
        if (droppedUnits > 0)
            notes.Add($"{droppedUnits} unit{(droppedUnits == 1 ? "" : "s")} with a single period dropped ({droppedUnitRows} unit-period{(droppedUnitRows == 1 ? "" : "s")}): " +
                      "the within transform leaves nothing of them.");
        if (groups.Count < 2)
            throw new EstimationException(
                $"Too few units: {groups.Count} unit{(groups.Count == 1 ? "" : "s")} with at least two periods after deleting missing values " +
                $"({design.Unit.Levels} in the data); a panel threshold model needs at least 2.");

        bool dropLast = within == ThresholdWithinTransform.DropLastPeriod;
        int units = groups.Count, obs = groups.Sum(g => g.Length);
        var obsStart = new int[units + 1];
        var rowStart = new int[units + 1];
        for (int u = 0; u < units; u++)
        {
            obsStart[u + 1] = obsStart[u] + groups[u].Length;
            rowStart[u + 1] = rowStart[u] + groups[u].Length - (dropLast ? 1 : 0);
        }
        var order = groups.SelectMany(g => g).ToArray();
        double[] Pick(double[] x) => order.Select(i => x[i]).ToArray();
        var panel = new ThresholdPanel
        {
            Units = units,
            Observations = obs,
            Rows = rowStart[units],
            ObsStart = obsStart,
            RowStart = rowStart,
            Y = Pick(design.Outcome),
            Q = Pick(design.Threshold),
            Independent = design.RegimeIndependent.Select(Pick).ToArray(),
            Dependent = dependent.Select(Pick).ToArray(),
            DropLast = dropLast,
            UnitLabels = groups.Select(g => design.Unit.LevelLabels[design.Unit.CodeAt(g[0])]).ToArray(),
            DroppedMissing = droppedMissing,
            DroppedUnits = droppedUnits,
            Notes = notes,
        };
        panel.CheckThresholdVaries(design.ThresholdName);
        if (!panel.Balanced)
            notes.Add($"Unbalanced panel: {units} units with {Enumerable.Range(0, units).Min(panel.PeriodsOf)} to " +
                      $"{Enumerable.Range(0, units).Max(panel.PeriodsOf)} periods. Each unit is demeaned over its own periods" +
                      (dropLast ? " and its last period dropped" : "") +
                      "; the bootstrap resamples residual vectors among units with the same number of periods.");
        return panel;
    }

    // Hansen (1999, sec. 2) assumes a time-varying threshold variable; a time-invariant one only
    // splits units into groups, which is a different model (and no within variation picks γ).
    private void CheckThresholdVaries(string name)
    {
        for (int u = 0; u < Units; u++)
            for (int o = ObsStart[u] + 1; o < ObsStart[u + 1]; o++)
                if (Q[o] != Q[ObsStart[u]]) return;
        throw new EstimationException(
            $"The threshold variable '{name}' is time-invariant (constant within every unit); Hansen's panel threshold model " +
            "needs a threshold variable that varies over time within units.");
    }

    /// <summary>T·raw: demean per unit over all its periods, keep the regression rows.</summary>
    public void Transform(ReadOnlySpan<double> raw, Span<double> rows)
    {
        for (int u = 0; u < Units; u++)
        {
            int o0 = ObsStart[u], t = ObsStart[u + 1] - o0, r0 = RowStart[u], kept = RowStart[u + 1] - r0;
            double sum = 0;
            for (int i = 0; i < t; i++) sum += raw[o0 + i];
            double mean = sum / t;
            for (int i = 0; i < kept; i++) rows[r0 + i] = raw[o0 + i] - mean;
        }
    }

    public double[] Transform(double[] raw)
    {
        var rows = new double[Rows];
        Transform(raw, rows);
        return rows;
    }

    /// <summary>T'·rows: the adjoint of <see cref="Transform(ReadOnlySpan{double}, Span{double})"/>, in raw space.</summary>
    public void BackProject(ReadOnlySpan<double> rows, Span<double> raw)
    {
        for (int u = 0; u < Units; u++)
        {
            int o0 = ObsStart[u], t = ObsStart[u + 1] - o0, r0 = RowStart[u], kept = RowStart[u + 1] - r0;
            double sum = 0;
            for (int i = 0; i < kept; i++) sum += rows[r0 + i];
            double mean = sum / t;
            for (int i = 0; i < kept; i++) raw[o0 + i] = rows[r0 + i] - mean;
            for (int i = kept; i < t; i++) raw[o0 + i] = -mean;
        }
    }

    /// <summary>Raw-space column x·1(lower ≤ q &lt; upper) (bounds may be infinite).</summary>
    public double[] RegimeColumn(double[] x, double lower, double upper)
    {
        var column = new double[Observations];
        for (int o = 0; o < Observations; o++)
            if (Q[o] >= lower && Q[o] < upper) column[o] = x[o];
        return column;
    }
}
