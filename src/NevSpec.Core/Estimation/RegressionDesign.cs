namespace NevSpec.Core.Estimation;

/// <summary>
/// The data of one linear model: outcome, regressors, absorbed fixed effects and cluster variables,
/// all with the same number of rows. A NaN in the outcome or a regressor, or a missing (−1) code in a
/// fixed effect or cluster, drops the row (listwise deletion, counted in the result). Without fixed
/// effects the model has an intercept, reported as <c>_cons</c>.
/// </summary>
public sealed record RegressionDesign(
    string OutcomeName,
    double[] Outcome,
    IReadOnlyList<string> RegressorNames,
    IReadOnlyList<double[]> Regressors,
    IReadOnlyList<Factor> FixedEffects,
    IReadOnlyList<Factor> Clusters)
{
    /// <summary>Number of rows before any deletion.</summary>
    public int RowCount => Outcome?.Length ?? 0;

    /// <summary>Throws <see cref="ArgumentException"/> when the parts do not fit together.</summary>
    public void Validate()
    {
        if (Outcome is null) throw new ArgumentException("The outcome is null.", nameof(Outcome));
        if (RegressorNames is null || Regressors is null || FixedEffects is null || Clusters is null)
            throw new ArgumentException("RegressorNames, Regressors, FixedEffects and Clusters must not be null (use empty lists).");
        if (RegressorNames.Count != Regressors.Count)
            throw new ArgumentException($"Got {RegressorNames.Count} regressor names but {Regressors.Count} regressors.", nameof(Regressors));
        int n = Outcome.Length;
        for (int k = 0; k < Regressors.Count; k++)
            if (Regressors[k] is null || Regressors[k].Length != n)
                throw new ArgumentException($"Regressor '{RegressorNames[k]}' has {Regressors[k]?.Length ?? 0} rows, expected {n} (as '{OutcomeName}').", nameof(Regressors));
        foreach (var f in FixedEffects.Concat(Clusters))
            if (f is null || f.Length != n)
                throw new ArgumentException($"Factor '{f?.Name}' has {f?.Length ?? 0} rows, expected {n} (as '{OutcomeName}').");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in RegressorNames)
            if (!names.Add(name)) throw new ArgumentException($"Regressor '{name}' appears twice.", nameof(RegressorNames));
    }
}
