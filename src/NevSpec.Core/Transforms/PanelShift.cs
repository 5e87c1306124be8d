using NevSpec.Core.Estimation;

namespace NevSpec.Core.Transforms;

/// <summary>
/// Lags and leads within a panel by calendar time, not by row position: a gap in a unit's time
/// series gives a missing value rather than borrowing the observation before the gap.
/// </summary>
/// <remarks>
/// Lag k of x at (i, t) = x at (i, t − k·δ) if that unit-period exists, else missing (NaN); lead k is
/// lag −k. δ is the time step (1 for years). This is Stata's <c>L.</c>/<c>F.</c> operators after
/// <c>xtset id t, delta(δ)</c>, and plm's <c>lag()</c> on a <c>pdata.frame</c>. Rows may come in any
/// order. A missing unit or time, or a time that is not on the δ grid relative to the unit's
/// first period, gives NaN; two rows with the same unit and time are an error (Stata: "repeated time
/// values within panel").
/// </remarks>
public static class PanelShift
{
    /// <summary>Lag <paramref name="k"/> (k ≥ 1; 0 returns a copy) of <paramref name="values"/> within each unit.</summary>
    public static double[] Lag(string name, double[] values, Factor unit, double[] time, int k = 1, double delta = 1) =>
        Shift(name, values, unit, time, k, delta);

    /// <summary>Lead <paramref name="k"/> (k ≥ 1) of <paramref name="values"/> within each unit.</summary>
    public static double[] Lead(string name, double[] values, Factor unit, double[] time, int k = 1, double delta = 1) =>
        Shift(name, values, unit, time, -k, delta);

    /// <summary>Positive <paramref name="k"/> lags, negative leads.</summary>
    public static double[] Shift(string name, double[] values, Factor unit, double[] time, int k, double delta = 1)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(time);
        int n = values.Length;
        if (unit.Length != n || time.Length != n)
            throw new ArgumentException($"Shifting '{name}': values have {n} rows, the unit '{unit.Name}' {unit.Length} and the time {time.Length}.");
        if (!(delta > 0) || !double.IsFinite(delta))
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "The panel time step must be positive.");

        // Integer period index per row: (t − t0)/δ, with t0 the smallest time overall.
        double t0 = time.Where(double.IsFinite).DefaultIfEmpty(0).Min();
        var index = new Dictionary<(int Unit, long Period), int>(n);
        var period = new long?[n];
        for (int i = 0; i < n; i++)
        {
            int u = unit.CodeAt(i);
            if (u < 0 || !double.IsFinite(time[i])) continue;
            double steps = (time[i] - t0) / delta;
            long rounded = (long)Math.Round(steps);
            if (Math.Abs(steps - rounded) > 1e-9 * Math.Max(1, Math.Abs(steps))) continue;
            period[i] = rounded;
            if (!index.TryAdd((u, rounded), i))
                throw new EstimationException(
                    $"Cannot shift '{name}': unit '{unit.LevelLabels[u]}' of '{unit.Name}' has two rows at time {time[i]} " +
                    $"(rows {index[(u, rounded)]} and {i}); a panel needs one row per unit and period.");
        }

        var result = new double[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = double.NaN;
            if (period[i] is not long p) continue;
            if (index.TryGetValue((unit.CodeAt(i), p - k), out int source)) result[i] = values[source];
        }
        return result;
    }
}
