namespace NevSpec.Core.Estimation.Internal;

/// <summary>
/// Which rows a model uses: listwise deletion of missing values, then iterative removal of
/// fixed-effect singletons (a singleton's own dummy fits it perfectly, so it carries no information
/// about the slopes but would still count in N; Correia 2015, "Singletons, cluster-robust standard
/// errors and fixed effects").
/// </summary>
internal sealed class SampleSelection
{
    public required int[] Rows { get; init; }
    public required int DroppedMissing { get; init; }
    public required int DroppedSingletons { get; init; }
    /// <summary>Missing count per variable name (a row may count for several), in design order.</summary>
    public required IReadOnlyList<(string Name, int Count)> MissingByVariable { get; init; }

    public static SampleSelection Select(RegressionDesign design, bool dropSingletons)
    {
        int n = design.RowCount;
        var active = new bool[n];
        Array.Fill(active, true);
        var missing = new List<(string, int)>();

        void Mark(string name, Func<int, bool> isMissing)
        {
            int count = 0;
            for (int i = 0; i < n; i++)
                if (isMissing(i)) { count++; active[i] = false; }
            if (count > 0) missing.Add((name, count));
        }

        // Infinite values cannot enter a least-squares fit either, so they count as missing.
        Mark(design.OutcomeName, i => !double.IsFinite(design.Outcome[i]));
        for (int k = 0; k < design.Regressors.Count; k++)
        {
            var x = design.Regressors[k];
            Mark(design.RegressorNames[k], i => !double.IsFinite(x[i]));
        }
        foreach (var f in design.FixedEffects.Concat(design.Clusters))
            Mark(f.Name, i => f.CodeAt(i) < 0);
        int droppedMissing = active.Count(a => !a);

        int droppedSingletons = 0;
        if (dropSingletons && design.FixedEffects.Count > 0)
            droppedSingletons = DropSingletons(design.FixedEffects, active);

        var rows = new List<int>(n);
        for (int i = 0; i < n; i++) if (active[i]) rows.Add(i);
        return new SampleSelection
        {
            Rows = rows.ToArray(),
            DroppedMissing = droppedMissing,
            DroppedSingletons = droppedSingletons,
            MissingByVariable = missing,
        };
    }

    // Removing a singleton of one fixed effect can create a singleton in another, so repeat until
    // a full pass over all fixed effects removes nothing (reghdfe does the same).
    private static int DropSingletons(IReadOnlyList<Factor> fixedEffects, bool[] active)
    {
        int n = active.Length, dropped = 0;
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var fe in fixedEffects)
            {
                var codes = fe.CodeSpan;
                var count = new int[fe.Levels];
                for (int i = 0; i < n; i++) if (active[i]) count[codes[i]]++;
                for (int i = 0; i < n; i++)
                    if (active[i] && count[codes[i]] == 1) { active[i] = false; dropped++; changed = true; }
            }
        }
        return dropped;
    }
}
