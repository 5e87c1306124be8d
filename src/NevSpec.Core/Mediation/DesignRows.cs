using NevSpec.Core.Randomness;
using NevSpec.Core.Estimation;

namespace NevSpec.Core.Mediation;

/// <summary>
/// Row operations on a <see cref="RegressionDesign"/> shared by the mediation bootstrap and the
/// heterogeneity analyses: complete rows, selecting (and repeating) rows, and the cluster bootstrap's
/// relabelling of fixed effects nested in the resampled clusters.
/// </summary>
internal static class DesignRows
{
    /// <summary>Rows where the outcome, every regressor and every extra column are finite and no factor is missing.</summary>
    public static bool[] Complete(RegressionDesign design, IEnumerable<double[]>? extra = null)
    {
        int n = design.RowCount;
        var ok = new bool[n];
        var columns = new List<double[]> { design.Outcome };
        columns.AddRange(design.Regressors);
        if (extra is not null) columns.AddRange(extra);
        var factors = design.FixedEffects.Concat(design.Clusters).ToArray();
        for (int i = 0; i < n; i++)
        {
            bool good = true;
            foreach (var c in columns) if (!double.IsFinite(c[i])) { good = false; break; }
            if (good) foreach (var f in factors) if (f.CodeAt(i) < 0) { good = false; break; }
            ok[i] = good;
        }
        return ok;
    }

    /// <summary>A copy of <paramref name="values"/> with NaN where <paramref name="keep"/> is false.</summary>
    public static double[] Masked(double[] values, bool[] keep)
    {
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++) result[i] = keep[i] ? values[i] : double.NaN;
        return result;
    }

    /// <summary>The design on the given rows (in order, repeats allowed), factors recoded compactly.</summary>
    public static RegressionDesign Select(RegressionDesign design, int[] rows, int[]? drawOfRow = null, Factor? resampledCluster = null)
    {
        double[] Take(double[] x) => rows.Select(r => x[r]).ToArray();
        Factor Recode(Factor f)
        {
            // A fixed effect nested in the resampled cluster gets a new level per draw, so a cluster drawn
            // twice enters as two units (Stata: bootstrap, cluster() idcluster()).
            bool split = drawOfRow is not null && resampledCluster is not null && NestedIn(f, resampledCluster);
            var index = new Dictionary<(int, int), int>();
            var labels = new List<string>();
            var codes = new int[rows.Length];
            for (int i = 0; i < rows.Length; i++)
            {
                int code = f.CodeAt(rows[i]);
                if (code < 0) { codes[i] = -1; continue; }
                var key = (split ? drawOfRow![i] : 0, code);
                if (!index.TryGetValue(key, out int c))
                {
                    index[key] = c = labels.Count;
                    labels.Add(split ? $"{f.LevelLabels[code]}#{key.Item1}" : f.LevelLabels[code]);
                }
                codes[i] = c;
            }
            return new Factor(f.Name, codes, labels);
        }
        return new RegressionDesign(design.OutcomeName, Take(design.Outcome), design.RegressorNames.ToArray(),
            design.Regressors.Select(Take).ToArray(), design.FixedEffects.Select(Recode).ToArray(), design.Clusters.Select(Recode).ToArray());
    }

    /// <summary>True when every level of <paramref name="inner"/> lies within one level of <paramref name="outer"/>.</summary>
    public static bool NestedIn(Factor inner, Factor outer)
    {
        if (ReferenceEquals(inner, outer)) return true;
        var parent = new int[inner.Levels];
        Array.Fill(parent, -1);
        for (int i = 0; i < inner.Length; i++)
        {
            int a = inner.CodeAt(i), b = outer.CodeAt(i);
            if (a < 0 || b < 0) continue;
            if (parent[a] < 0) parent[a] = b;
            else if (parent[a] != b) return false;
        }
        return true;
    }

    /// <summary>
    /// One bootstrap draw from <paramref name="rows"/>: whole clusters of <paramref name="cluster"/>
    /// with replacement when given (the draw index of each selected row is returned), else rows.
    /// </summary>
    public static (int[] Rows, int[] Draw) Resample(int[] rows, Factor? cluster, SeededRandom random)
    {
        if (cluster is null)
        {
            var pick = new int[rows.Length];
            for (int i = 0; i < pick.Length; i++) pick[i] = rows[random.NextInt(rows.Length)];
            return (pick, new int[pick.Length]);
        }
        var members = rows.GroupBy(r => cluster.CodeAt(r)).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
        var selected = new List<int>(rows.Length);
        var draws = new List<int>(rows.Length);
        for (int d = 0; d < members.Length; d++)
        {
            var group = members[random.NextInt(members.Length)];
            selected.AddRange(group);
            for (int k = 0; k < group.Length; k++) draws.Add(d);
        }
        return (selected.ToArray(), draws.ToArray());
    }
}
