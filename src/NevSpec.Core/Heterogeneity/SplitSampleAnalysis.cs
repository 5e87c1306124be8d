using NevSpec.Core.Randomness;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;
using NevSpec.Core.Mediation;

namespace NevSpec.Core.Heterogeneity;

/// <summary>
/// Heterogeneity by sample split: fits a model separately in each group (same controls, fixed effects,
/// clustering and covariance estimator), tests that the core coefficient is equal across groups in a
/// fully interacted pooled model, and optionally runs a seeded permutation test of the difference.
/// </summary>
/// <remarks>
/// Pooled model: Y = Σ_g 1(G = g)(X'β_g) + FE×G + e, with every fixed effect interacted with the group
/// (so β̂_g equals the split-sample estimate; option: common fixed effects plus group intercepts), and
/// the original clusters, so the covariance of (β̂_1, …, β̂_G) allows clusters that span groups.
/// Test: H₀ β_{1,x} = … = β_{G,x}; W = (Rβ̂)'(R V R')⁻¹(Rβ̂)/q with R the q = G − 1 contrasts against the first group,
/// F(q, df) with df the pooled model's residual degrees of freedom (G_clusters − 1 when clustered); for two
/// groups F = t², t = (β̂_1 − β̂_2)/√(V₁₁ + V₂₂ − 2V₁₂). This is the Chow (1960) test in its robust
/// form (Stata: <c>suest</c>-type comparison; Wooldridge 2010, §7.4). Permutation test (Efron and
/// Tibshirani 1993, ch. 15; Stata <c>bdiff</c> by Lian Yujun): the group labels are shuffled R times
/// (keeping group sizes) and d* = β̂*_1 − β̂*_2 re-estimated from separate group fits; labels are
/// shuffled across clusters of the first cluster variable when the group is constant within clusters,
/// otherwise across observations. p two-sided = #{|d*| ≥ |d̂|}/R, one-sided = #{d* ≥ d̂}/R for d̂ ≥ 0
/// (#{d* ≤ d̂}/R otherwise). The stream is <see cref="SeededRandom"/> from the seed.
/// </remarks>
public sealed class SplitSampleAnalysis
{
    private readonly SplitSampleOptions _options;
    private readonly FixedEffectsOls _ols;

    public SplitSampleAnalysis(SplitSampleOptions? options = null, FixedEffectsOptions? fixedEffectsOptions = null)
    {
        _options = options ?? new SplitSampleOptions();
        if (_options.Permutations < 0 || _options.Permutations is > 0 and < 20)
            throw new ArgumentOutOfRangeException(nameof(options), _options.Permutations, "Permutations must be 0 (none) or at least 20 (1000 or more is usual).");
        _ols = new FixedEffectsOls(fixedEffectsOptions);
    }

    /// <summary>Splits <paramref name="model"/> by <paramref name="groups"/> and tests whether <paramref name="term"/> differs.</summary>
    public SplitSampleResult Fit(RegressionDesign model, Factor groups, string term, ICovarianceEstimator covariance)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(covariance);
        model.Validate();
        if (groups.Length != model.RowCount)
            throw new ArgumentException($"The group variable '{groups.Name}' has {groups.Length} rows, expected {model.RowCount}.", nameof(groups));
        if (!model.RegressorNames.Contains(term))
            throw new ArgumentException($"'{term}' is not a regressor of the model for '{model.OutcomeName}' (regressors: {string.Join(", ", model.RegressorNames)}).", nameof(term));

        var complete = DesignRows.Complete(model);
        var rowsOf = Enumerable.Range(0, groups.Levels)
            .Select(g => Enumerable.Range(0, model.RowCount).Where(i => complete[i] && groups.CodeAt(i) == g).ToArray()).ToArray();
        var present = Enumerable.Range(0, groups.Levels).Where(g => rowsOf[g].Length > 0).ToArray();
        if (present.Length < 2)
            throw new EstimationException($"The split by '{groups.Name}' leaves {present.Length} non-empty group{(present.Length == 1 ? "" : "s")}; a comparison needs at least 2.");
        if (_options.Permutations > 0 && present.Length != 2)
            throw new ArgumentException($"The permutation test compares two groups, but the split by '{groups.Name}' has {present.Length}.", nameof(groups));
        // Recode to the groups present, so the pooled model has no empty blocks.
        var compact = new Factor(groups.Name, Enumerable.Range(0, model.RowCount).Select(i => complete[i] ? Array.IndexOf(present, groups.CodeAt(i)) : -1).ToArray(),
            present.Select(g => groups.LevelLabels[g]).ToArray());
        var rows = present.Select(g => rowsOf[g]).ToArray();

        var fits = new GroupFit[present.Length];
        for (int g = 0; g < present.Length; g++)
            fits[g] = new GroupFit(compact.LevelLabels[g], FitGroup(model, rows[g], compact, g, term, covariance));

        var notes = new List<string>();
        int ungrouped = complete.Count(c => c) - rows.Sum(r => r.Length);
        if (ungrouped > 0) notes.Add($"{ungrouped} complete observation{(ungrouped == 1 ? "" : "s")} belong to no group of '{groups.Name}' and were left out.");

        var pooledDesign = InteractedDesign.Build(model, compact, _options.InteractFixedEffects);
        RegressionResult pooled;
        try { pooled = _ols.Fit(pooledDesign, covariance); }
        catch (EstimationException ex) { throw new EstimationException($"The pooled model of the split by '{groups.Name}' cannot be estimated: {ex.Message}", ex); }
        var equality = Equality(pooled, compact, term, covariance.Name, _options.InteractFixedEffects);

        PermutationTest? permutation = null;
        if (_options.Permutations > 0)
            permutation = Permute(model, compact, rows, term, fits[0].Model[term].Estimate - fits[1].Model[term].Estimate, notes);

        return new SplitSampleResult
        {
            GroupVariable = groups.Name,
            Term = term,
            Groups = fits,
            PooledModel = pooled,
            Equality = equality,
            Permutation = permutation,
            Notes = notes.ToArray(),
        };
    }

    private RegressionResult FitGroup(RegressionDesign model, int[] rows, Factor groups, int g, string term, ICovarianceEstimator covariance)
    {
        string label = groups.LevelLabels[g];
        RegressionResult fit;
        try { fit = _ols.Fit(DesignRows.Select(model, rows), covariance); }
        catch (EstimationException ex)
        {
            throw new EstimationException($"Group '{label}' of the split by '{groups.Name}' ({rows.Length} observations, " +
                                          $"{model.Regressors.Count} regressors{(model.FixedEffects.Count > 0 ? " plus fixed effects" : "")}) cannot be estimated: {ex.Message}", ex);
        }
        if (!fit.Terms.Contains(term))
            throw new EstimationException($"Group '{label}' of the split by '{groups.Name}': '{term}' was dropped ({string.Join("; ", fit.Notes)}).");
        return fit;
    }

    private static CoefficientEqualityTest Equality(RegressionResult pooled, Factor groups, string term, string covarianceName, bool interacted)
    {
        var idx = Enumerable.Range(0, groups.Levels).Select(g =>
        {
            string name = InteractedDesign.TermName(term, groups.LevelLabels[g]);
            int i = pooled.Terms.ToList().IndexOf(name);
            return i >= 0 ? i : throw new EstimationException($"'{name}' was dropped from the pooled model of the split by '{groups.Name}' ({string.Join("; ", pooled.Notes)}).");
        }).ToArray();
        int q = idx.Length - 1, df = pooled.ResidualDf;
        var rb = Vector<double>.Build.Dense(q, c => pooled.Coefficients[idx[c + 1]].Estimate - pooled.Coefficients[idx[0]].Estimate);
        var rvr = Matrix<double>.Build.Dense(q, q, (a, b) =>
            pooled.Covariance(idx[a + 1], idx[b + 1]) - pooled.Covariance(idx[a + 1], idx[0]) - pooled.Covariance(idx[0], idx[b + 1]) + pooled.Covariance(idx[0], idx[0]));
        double f = rb * rvr.Solve(rb) / q;
        if (!double.IsFinite(f) || f < 0)
            throw new EstimationException($"The covariance of the group differences of '{term}' is singular; equality across '{groups.Name}' cannot be tested.");
        double p = 1 - FisherSnedecor.CDF(q, df, f);
        double? diff = null, se = null;
        if (q == 1)
        {
            diff = -rb[0];
            se = Math.Sqrt(rvr[0, 0]);
            p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(diff.Value / se.Value));
        }
        string method = $"Wald test of equal '{term}' coefficients across {groups.Levels} groups of '{groups.Name}' in a fully interacted pooled model " +
                        $"(group-specific slopes{(interacted ? " and fixed effects" : ", common fixed effects and group intercepts")}, {covarianceName} covariance), F({q}, {df}).";
        return new CoefficientEqualityTest(term, diff, se, f, q, df, p, method);
    }

    private PermutationTest Permute(RegressionDesign model, Factor groups, int[][] rows, string term, double observed, List<string> notes)
    {
        ulong seed = _options.Seed ?? SplitSampleOptions.DefaultSeed;
        var random = new SeededRandom(seed);
        var all = rows[0].Concat(rows[1]).OrderBy(r => r).ToArray();
        var cluster = model.Clusters.Count > 0 && ConstantWithin(groups, model.Clusters[0], all) ? model.Clusters[0] : null;
        // Units to shuffle: clusters (each with its rows) or single observations; labels keep group sizes.
        var units = cluster is null ? all.Select(r => new[] { r }).ToArray()
            : all.GroupBy(r => cluster.CodeAt(r)).OrderBy(u => u.Key).Select(u => u.ToArray()).ToArray();
        var labels = units.Select(u => groups.CodeAt(u[0])).ToArray();
        var iid = new IidCovariance();
        int completed = 0, extreme = 0, directional = 0;
        double tolerance = 1e-12 * Math.Max(1, Math.Abs(observed));
        for (int r = 0; r < _options.Permutations; r++)
        {
            random.Shuffle(labels);
            var first = units.Where((_, u) => labels[u] == 0).SelectMany(u => u).OrderBy(i => i).ToArray();
            var second = units.Where((_, u) => labels[u] == 1).SelectMany(u => u).OrderBy(i => i).ToArray();
            try
            {
                var a = _ols.Fit(DesignRows.Select(model, first), iid);
                var b = _ols.Fit(DesignRows.Select(model, second), iid);
                if (!a.Terms.Contains(term) || !b.Terms.Contains(term)) continue;
                double d = a[term].Estimate - b[term].Estimate;
                completed++;
                if (Math.Abs(d) >= Math.Abs(observed) - tolerance) extreme++;
                if (observed >= 0 ? d >= observed - tolerance : d <= observed + tolerance) directional++;
            }
            catch (EstimationException) { }
        }
        int failed = _options.Permutations - completed;
        if (failed > 0) notes.Add($"{failed} of {_options.Permutations} permutations could not be estimated and were left out.");
        if (completed == 0) throw new EstimationException($"None of the {_options.Permutations} permutations of the split by '{groups.Name}' could be estimated.");
        string unit = cluster is null ? "observations" : cluster.Name;
        string method = $"Permutation test (Fisher's permutation test): {completed} random reassignments of {(cluster is null ? "observations" : $"'{unit}' clusters")} " +
                        $"to the groups of '{groups.Name}' keeping group sizes, seed {seed}; p = share of |d*| >= |d|.";
        return new PermutationTest(term, observed, _options.Permutations, completed, seed, unit,
            (double)extreme / completed, (double)directional / completed, method);
    }

    private static bool ConstantWithin(Factor groups, Factor cluster, int[] rows)
    {
        var seen = new Dictionary<int, int>();
        foreach (int r in rows)
            if (seen.TryGetValue(cluster.CodeAt(r), out int g) ? g != groups.CodeAt(r) : !seen.TryAdd(cluster.CodeAt(r), groups.CodeAt(r)))
                return false;
        return true;
    }
}
