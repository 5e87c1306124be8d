using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;
using NevSpec.Core.Estimation.Internal;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>
/// Builds an <see cref="IvProblem"/>: listwise deletion and singleton removal (Core's
/// <c>SampleSelection</c>), demeaning by alternating projections, and collinearity checks in the order
/// exogenous → endogenous → excluded instruments, so that a dropped column is always the later one.
/// </summary>
internal static class IvProblemBuilder
{
    private const double QrTolerance = 1e-7;       // R lm's, as FixedEffectsOls

    public static IvProblem Build(IvDesign design, FixedEffectsOptions fe)
    {
        design.Validate();
        var names = design.ExogenousNames.Concat(design.EndogenousNames).Concat(design.InstrumentNames).ToArray();
        var columns = design.Exogenous.Concat(design.Endogenous).Concat(design.Instruments).ToArray();
        var selectionDesign = new RegressionDesign(design.OutcomeName, design.Outcome, names, columns, design.FixedEffects, design.Clusters);
        var sample = SampleSelection.Select(selectionDesign, fe.DropSingletons);
        var notes = new List<string>();
        if (sample.DroppedMissing > 0)
            notes.Add($"{sample.DroppedMissing} observation{(sample.DroppedMissing == 1 ? "" : "s")} dropped for missing values (" +
                      string.Join(", ", sample.MissingByVariable.Select(m => $"{m.Name}: {m.Count}")) + ").");
        if (sample.DroppedSingletons > 0)
            notes.Add($"{sample.DroppedSingletons} singleton observation{(sample.DroppedSingletons == 1 ? "" : "s")} dropped (a fixed-effect level with one observation; removed iteratively).");
        var rows = sample.Rows;
        int n = rows.Length;
        if (n == 0)
            throw new EstimationException($"No observations left for the IV model of '{design.OutcomeName}': {design.RowCount} rows, " +
                                          $"{sample.DroppedMissing} dropped for missing values, {sample.DroppedSingletons} as fixed-effect singletons.");

        var y = AbsorptionCheck.Subset(design.Outcome, rows);
        var fixedEffects = design.FixedEffects.Select(f => f.Restrict(rows)).ToArray();
        var clusters = design.Clusters.Select(f => f.Restrict(rows)).ToArray();
        bool hasFe = fixedEffects.Length > 0;
        var all = new double[columns.Length + 1][];
        all[0] = y;
        for (int k = 0; k < columns.Length; k++) all[k + 1] = AbsorptionCheck.Subset(columns[k], rows);
        var raw = all.Select(c => (double[])c.Clone()).ToArray();
        int sweeps = 0;
        if (hasFe)
        {
            var map = new AlternatingProjections(fixedEffects);
            var outcomes = new AlternatingProjections.Outcome[all.Length];
            Parallel.For(0, all.Length, v => outcomes[v] = map.Demean(all[v], fe.Tolerance, fe.MaxIterations));
            sweeps = outcomes.Max(o => o.Sweeps);
            var slow = Enumerable.Range(0, all.Length).Where(v => !outcomes[v].Converged).Select(v => v == 0 ? design.OutcomeName : names[v - 1]).ToArray();
            if (slow.Length > 0)
                notes.Add($"Demeaning did not converge within {fe.MaxIterations} sweeps for {string.Join(", ", slow.Select(s => $"'{s}'"))}; results are approximate.");
            for (int v = 0; v < all.Length; v++) all[v] = outcomes[v].Values;
        }

        int kx = design.ExogenousNames.Count, k1 = design.EndogenousNames.Count;
        var dropped = new List<string>();
        bool Absorbed(int index, string role)
        {
            if (!hasFe || !AbsorptionCheck.IsAbsorbed(all[index + 1], raw[index + 1])) return false;
            dropped.Add(names[index]);
            notes.Add(role == "instrument"
                ? $"Instrument '{names[index]}' is collinear with the fixed effects ({string.Join(", ", fixedEffects.Select(f => f.Name))}) and was dropped; " +
                  "a variable that is constant within a fixed-effect level (e.g. time-invariant) cannot instrument once that effect is absorbed — interact it with time."
                : $"'{names[index]}' is collinear with the fixed effects and was dropped.");
            return true;
        }

        var exo = new List<(string Name, double[] Col)>();
        if (!hasFe) exo.Add((FixedEffectsOls.InterceptName, Enumerable.Repeat(1.0, n).ToArray()));
        for (int k = 0; k < kx; k++) if (!Absorbed(k, "exogenous")) exo.Add((names[k], all[k + 1]));
        exo = KeepIndependent(exo, [], y, dropped, notes, "other exogenous regressors").Kept;
        // Stata's order: regressors as given, _cons last (the QR saw it first so it is never the one dropped).
        exo = exo.OrderBy(e => e.Name == FixedEffectsOls.InterceptName ? 1 : 0).ToList();

        var endo = new List<(string, double[])>();
        for (int k = kx; k < kx + k1; k++) if (!Absorbed(k, "endogenous")) endo.Add((names[k], all[k + 1]));
        endo = KeepIndependent(exo, endo, y, dropped, notes, "the exogenous regressors or other endogenous regressors").Added;
        if (endo.Count == 0)
            throw new EstimationException($"Every endogenous regressor of '{design.OutcomeName}' ({string.Join(", ", design.EndogenousNames)}) is collinear with the exogenous regressors or fixed effects; there is nothing to instrument.");

        var instruments = new List<(string, double[])>();
        for (int k = kx + k1; k < names.Length; k++) if (!Absorbed(k, "instrument")) instruments.Add((names[k], all[k + 1]));
        instruments = KeepIndependent(exo, instruments, y, dropped, notes, "the exogenous regressors, the fixed effects or other instruments").Added;
        if (instruments.Count < endo.Count)
            throw new EstimationException(
                $"The IV model for '{design.OutcomeName}' is under-identified: {endo.Count} endogenous regressor(s) but only {instruments.Count} excluded instrument(s) " +
                $"left after dropping instruments collinear with the fixed effects or exogenous regressors ({string.Join(", ", design.InstrumentNames.Where(dropped.Contains))}).");

        var absorbed = AbsorbedDegreesOfFreedom.Compute(fixedEffects, clusters);
        return new IvProblem
        {
            OutcomeName = design.OutcomeName,
            Sample = sample,
            YRaw = y,
            Y = Vector<double>.Build.DenseOfArray(all[0]),
            X1 = Columns(endo.Select(e => e.Item2), n),
            X2 = Columns(exo.Select(e => e.Col), n),
            Z1 = Columns(instruments.Select(e => e.Item2), n),
            EndogenousNames = endo.Select(e => e.Item1).ToArray(),
            ExogenousNames = exo.Select(e => e.Name).ToArray(),
            InstrumentNames = instruments.Select(e => e.Item1).ToArray(),
            FixedEffects = fixedEffects,
            Clusters = clusters,
            Absorbed = absorbed,
            Sweeps = sweeps,
            Notes = notes,
            DroppedCollinear = dropped,
            Rows = rows,
            Raw = names.Select((name, k) => (name, raw[k + 1])).ToDictionary(t => t.name, t => t.Item2),
        };
    }

    // Runs pivoted QR over [base, added] and drops collinear columns: those of `base` when `added` is
    // empty, otherwise only those of `added` (the base was checked before).
    private static (List<(string Name, double[] Col)> Kept, List<(string, double[])> Added) KeepIndependent(
        List<(string Name, double[] Col)> baseColumns, List<(string, double[])> added, double[] y,
        List<string> dropped, List<string> notes, string what)
    {
        var all = baseColumns.Concat(added).ToList();
        if (all.Count == 0) return (baseColumns, added);
        var ls = PivotedLeastSquares.Solve(all.Select(c => c.Item2).ToArray(), y, QrTolerance);
        var collinear = new HashSet<int>(ls.Collinear);
        int start = added.Count == 0 ? 0 : baseColumns.Count;
        foreach (int j in ls.Collinear.Where(j => j >= start))
        {
            dropped.Add(all[j].Item1);
            notes.Add($"'{all[j].Item1}' is collinear with {what} and was dropped.");
        }
        if (added.Count == 0) return (all.Where((_, j) => !collinear.Contains(j)).ToList(), added);
        return (baseColumns, added.Where((_, j) => !collinear.Contains(baseColumns.Count + j)).ToList());
    }

    private static Matrix<double> Columns(IEnumerable<double[]> columns, int n)
    {
        var list = columns.ToList();
        return list.Count == 0 ? Matrix<double>.Build.Dense(n, 0) : Matrix<double>.Build.DenseOfColumnArrays(list);
    }



}
