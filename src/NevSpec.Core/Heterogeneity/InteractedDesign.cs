using NevSpec.Core.Estimation;

namespace NevSpec.Core.Heterogeneity;

/// <summary>
/// The fully interacted pooled design of a split: every regressor times each group's indicator
/// (terms <c>x@label</c>), fixed effects interacted with the group (or kept common plus a group
/// effect), the same clusters; rows without a group are missing.
/// </summary>
internal static class InteractedDesign
{
    public static string TermName(string regressor, string label) => $"{regressor}@{label}";

    public static RegressionDesign Build(RegressionDesign design, Factor groups, bool interactFixedEffects)
    {
        int n = design.RowCount;
        var names = new List<string>();
        var columns = new List<double[]>();
        for (int g = 0; g < groups.Levels; g++)
            for (int k = 0; k < design.Regressors.Count; k++)
            {
                names.Add(TermName(design.RegressorNames[k], groups.LevelLabels[g]));
                var x = design.Regressors[k];
                var col = new double[n];
                for (int i = 0; i < n; i++) col[i] = groups.CodeAt(i) == g ? x[i] : groups.CodeAt(i) < 0 ? double.NaN : 0;
                columns.Add(col);
            }
        var fixedEffects = new List<Factor>();
        if (interactFixedEffects && design.FixedEffects.Count > 0)
            fixedEffects.AddRange(design.FixedEffects.Select(f => Cross(f, groups)));
        else
        {
            fixedEffects.AddRange(design.FixedEffects);
            fixedEffects.Add(groups); // group-specific intercepts
        }
        var outcome = design.Outcome.Select((y, i) => groups.CodeAt(i) < 0 ? double.NaN : y).ToArray();
        return new RegressionDesign(design.OutcomeName, outcome, names, columns, fixedEffects, design.Clusters);
    }

    private static Factor Cross(Factor f, Factor groups)
    {
        var index = new Dictionary<(int, int), int>();
        var labels = new List<string>();
        var codes = new int[f.Length];
        for (int i = 0; i < f.Length; i++)
        {
            int a = f.CodeAt(i), g = groups.CodeAt(i);
            if (a < 0 || g < 0) { codes[i] = -1; continue; }
            if (!index.TryGetValue((a, g), out int c))
            {
                index[(a, g)] = c = labels.Count;
                labels.Add($"{f.LevelLabels[a]}@{groups.LevelLabels[g]}");
            }
            codes[i] = c;
        }
        return new Factor($"{f.Name}#{groups.Name}", codes, labels);
    }
}
