using NevSpec.Core.Estimation;

namespace NevSpec.Core.Instruments;

/// <summary>
/// The data of one linear instrumental-variables model: outcome, exogenous regressors (included
/// instruments), endogenous regressors, excluded instruments, absorbed fixed effects and cluster
/// variables, all with the same number of rows. A NaN (or infinity) in any variable, or a missing (−1)
/// code in a fixed effect or cluster, drops the row (listwise deletion, as <see cref="RegressionDesign"/>).
/// Without fixed effects the model has an intercept, reported as <c>_cons</c>; with fixed effects they
/// are partialled out of every variable (Frisch–Waugh–Lovell).
/// </summary>
public sealed record IvDesign(
    string OutcomeName,
    double[] Outcome,
    IReadOnlyList<string> ExogenousNames,
    IReadOnlyList<double[]> Exogenous,
    IReadOnlyList<string> EndogenousNames,
    IReadOnlyList<double[]> Endogenous,
    IReadOnlyList<string> InstrumentNames,
    IReadOnlyList<double[]> Instruments,
    IReadOnlyList<Factor> FixedEffects,
    IReadOnlyList<Factor> Clusters)
{
    /// <summary>Number of rows before any deletion.</summary>
    public int RowCount => Outcome?.Length ?? 0;

    /// <summary>
    /// Turns an OLS design into an IV design: the regressors named in <paramref name="endogenous"/>
    /// become endogenous, the others stay exogenous, and <paramref name="instruments"/> are the excluded
    /// instruments. Throws <see cref="EstimationException"/> when an endogenous name is not a regressor
    /// of the model, or for any problem <see cref="Validate"/> finds.
    /// </summary>
    public static IvDesign FromRegression(RegressionDesign model, IReadOnlyList<string> endogenous,
        IReadOnlyList<string> instrumentNames, IReadOnlyList<double[]> instruments)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(endogenous);
        model.Validate();
        foreach (var name in endogenous)
            if (!model.RegressorNames.Contains(name))
                throw new EstimationException(
                    $"Endogenous regressor '{name}' is not a regressor of the model for '{model.OutcomeName}'; " +
                    $"its regressors are: {string.Join(", ", model.RegressorNames)}.");
        var exoNames = new List<string>();
        var exo = new List<double[]>();
        for (int k = 0; k < model.RegressorNames.Count; k++)
            if (!endogenous.Contains(model.RegressorNames[k]))
            {
                exoNames.Add(model.RegressorNames[k]);
                exo.Add(model.Regressors[k]);
            }
        var endo = endogenous.Select(n => model.Regressors[IndexOf(model.RegressorNames, n)]).ToArray();
        var design = new IvDesign(model.OutcomeName, model.Outcome, exoNames, exo, endogenous.ToArray(), endo,
            instrumentNames, instruments, model.FixedEffects, model.Clusters);
        design.Validate();
        return design;
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> when the parts do not fit together (lengths, nulls), and
    /// <see cref="EstimationException"/> when the model is not an IV model that can be identified: no
    /// endogenous regressor, fewer excluded instruments than endogenous regressors, an instrument that is
    /// also a regressor (or the outcome), or a name used twice.
    /// </summary>
    public void Validate()
    {
        if (Outcome is null) throw new ArgumentException("The outcome is null.", nameof(Outcome));
        if (ExogenousNames is null || Exogenous is null || EndogenousNames is null || Endogenous is null ||
            InstrumentNames is null || Instruments is null || FixedEffects is null || Clusters is null)
            throw new ArgumentException("Names, columns, FixedEffects and Clusters must not be null (use empty lists).");
        int n = Outcome.Length;
        CheckColumns("exogenous regressor", ExogenousNames, Exogenous, n);
        CheckColumns("endogenous regressor", EndogenousNames, Endogenous, n);
        CheckColumns("excluded instrument", InstrumentNames, Instruments, n);
        foreach (var f in FixedEffects.Concat(Clusters))
            if (f is null || f.Length != n)
                throw new ArgumentException($"Factor '{f?.Name}' has {f?.Length ?? 0} rows, expected {n} (as '{OutcomeName}').");

        if (EndogenousNames.Count == 0)
            throw new EstimationException($"The IV model for '{OutcomeName}' has no endogenous regressor; use OLS instead.");
        foreach (var z in InstrumentNames)
        {
            if (ExogenousNames.Contains(z) || EndogenousNames.Contains(z))
                throw new EstimationException(
                    $"Instrument '{z}' is also a regressor of the model for '{OutcomeName}'; an excluded instrument must not appear among the regressors.");
            if (z == OutcomeName)
                throw new EstimationException($"Instrument '{z}' is the outcome of the model; it cannot be an excluded instrument.");
        }
        foreach (var x in EndogenousNames)
            if (ExogenousNames.Contains(x))
                throw new EstimationException($"Regressor '{x}' is listed both as exogenous and as endogenous in the model for '{OutcomeName}'.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in ExogenousNames.Concat(EndogenousNames).Concat(InstrumentNames))
            if (!seen.Add(name)) throw new EstimationException($"Variable '{name}' appears twice in the IV model for '{OutcomeName}'.");
        if (InstrumentNames.Count < EndogenousNames.Count)
            throw new EstimationException(
                $"The IV model for '{OutcomeName}' has {EndogenousNames.Count} endogenous regressor(s) ({string.Join(", ", EndogenousNames)}) " +
                $"but only {InstrumentNames.Count} excluded instrument(s) ({string.Join(", ", InstrumentNames)}); " +
                "it needs at least as many excluded instruments as endogenous regressors (order condition).");
    }

    private static void CheckColumns(string role, IReadOnlyList<string> names, IReadOnlyList<double[]> columns, int n)
    {
        if (names.Count != columns.Count)
            throw new ArgumentException($"Got {names.Count} {role} names but {columns.Count} columns.");
        for (int k = 0; k < columns.Count; k++)
            if (columns[k] is null || columns[k].Length != n)
                throw new ArgumentException($"The {role} '{names[k]}' has {columns[k]?.Length ?? 0} rows, expected {n}.");
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++) if (names[i] == name) return i;
        return -1;
    }
}
