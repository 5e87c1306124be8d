namespace NevSpec.Core.Estimation.Internal;

/// <summary>
/// Degrees of freedom absorbed by the fixed effects (df_a = Σ levels − redundant levels) and the
/// fixed-effect part of K for cluster-robust factors.
/// </summary>
/// <remarks>
/// The first fixed effect has no redundant level (it absorbs the intercept). The second has as many
/// as there are connected components of the bipartite graph of their levels (reghdfe's "mobility
/// groups"; Abowd, Creecy and Kramarz 2002) — exact. Every further fixed effect is given exactly one
/// redundant level: the true count can be larger, so df_a may be overstated and the residual df
/// understated, which errs on the conservative side (reghdfe does the same by default).
/// Under clustering, fixed effects nested in a cluster variable are left out of K and 1 is added
/// for the intercept they had absorbed (reghdfe's nested_adj); the remaining fixed effects are
/// counted with the same rules, the first of them now having one redundant level (the intercept).
/// </remarks>
internal static class AbsorbedDegreesOfFreedom
{
    public sealed record Result(int[] Redundant, bool[] Nested, int AbsorbedDf, int AbsorbedDfUnderClustering);

    public static Result Compute(IReadOnlyList<Factor> fixedEffects, IReadOnlyList<Factor> clusters)
    {
        int q = fixedEffects.Count;
        var redundant = new int[q];
        for (int i = 1; i < q; i++)
            redundant[i] = i == 1 ? ConnectedComponents(fixedEffects[0], fixedEffects[1]) : 1;
        int dfA = 0;
        for (int i = 0; i < q; i++) dfA += fixedEffects[i].Levels - redundant[i];

        var nested = fixedEffects.Select(f => clusters.Any(c => IsNestedIn(f, c))).ToArray();
        int dfCluster = dfA;
        if (nested.Any(x => x))
        {
            var outside = Enumerable.Range(0, q).Where(i => !nested[i]).Select(i => fixedEffects[i]).ToArray();
            dfCluster = 1;
            for (int i = 0; i < outside.Length; i++)
            {
                int r = i == 1 ? ConnectedComponents(outside[0], outside[1]) : 1;
                dfCluster += outside[i].Levels - r;
            }
        }
        return new Result(redundant, nested, dfA, dfCluster);
    }

    /// <summary>True when every level of <paramref name="fe"/> falls in a single cluster.</summary>
    public static bool IsNestedIn(Factor fe, Factor cluster)
    {
        var first = new int[fe.Levels];
        Array.Fill(first, -1);
        var f = fe.CodeSpan;
        var c = cluster.CodeSpan;
        for (int i = 0; i < f.Length; i++)
        {
            ref int slot = ref first[f[i]];
            if (slot < 0) slot = c[i];
            else if (slot != c[i]) return false;
        }
        return true;
    }

    /// <summary>Connected components of the graph linking level a of one factor to level b of the other when an observation has both.</summary>
    public static int ConnectedComponents(Factor a, Factor b)
    {
        int la = a.Levels;
        var parent = new int[la + b.Levels];
        for (int i = 0; i < parent.Length; i++) parent[i] = i;
        int Find(int x)
        {
            while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
            return x;
        }
        var ca = a.CodeSpan;
        var cb = b.CodeSpan;
        int components = parent.Length;
        for (int i = 0; i < ca.Length; i++)
        {
            int ra = Find(ca[i]), rb = Find(la + cb[i]);
            if (ra != rb) { parent[ra] = rb; components--; }
        }
        return components;
    }
}
