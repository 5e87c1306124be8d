using NevSpec.Core.Randomness;

namespace NevSpec.Core.Networks;

/// <summary>
/// Two-level Infomap community detection for undirected weighted graphs: seeded greedy minimisation of the map
/// equation (<see cref="MapEquation"/>) by local node moves and module aggregation, best of several trials.
/// </summary>
/// <remarks>
/// Objective: L(M) = plogp(Σq_i) − 2Σplogp(q_i) − Σplogp(p_α) + Σplogp(q_i + P_i) with undirected flow
/// p_α = s_α/(2W), q_i = Σ_{edges leaving i} w/(2W) (Rosvall and Bergstrom 2008, PNAS 105(4), 1118–1123).
/// Search (Rosvall, Axelsson and Bergstrom 2009, Eur. Phys. J. ST 178, 13–23; official Infomap's core):
/// each trial starts from singletons and (1) runs the core loop — sweeps of node moves in random order to the
/// best neighbouring or empty module — then (2) aggregates modules into super-nodes and repeats (1) until a
/// level merges nothing; then (3) fine-tunes by re-running the core loop on the original nodes from the current
/// partition and repeats (2)–(3) while the codelength decreases by more than 1e-10 bits. The trial with the
/// smallest codelength wins (the first on ties), unless the one-module partition is shorter. Every random draw comes from one
/// <see cref="SeededRandom"/> (xoshiro256**) started at the seed, so the same seed gives the same partition.
/// The submodule "coarse-tuning" of the official Infomap is not implemented; results can differ from it on
/// larger graphs by a local optimum. Self-loops are ignored (see <see cref="MapEquation"/>).
/// </remarks>
public static class Infomap
{
    /// <summary>Runs <paramref name="trials"/> seeded trials and returns the best partition.</summary>
    /// <param name="graph">Undirected weighted graph.</param>
    /// <param name="trials">Number of independent trials (≥ 1); Infomap's <c>-N</c>.</param>
    /// <param name="seed">Seed of the random stream (Infomap's <c>--seed</c>, different generator).</param>
    /// <param name="maxSweeps">Maximum sweeps of the core loop per call (Infomap's core-loop limit, default 10).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trials"/> or <paramref name="maxSweeps"/> &lt; 1.</exception>
    public static InfomapResult Run(WeightedGraph graph, int trials = 10, ulong seed = 123, int maxSweeps = 10)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSweeps, 1);
        var rng = new SeededRandom(seed);
        var level0 = InfomapFlowLevel.FromGraph(graph);
        int[]? best = null;
        MapEquationResult? bestL = null;
        var trialL = new double[trials];
        for (int t = 0; t < trials; t++)
        {
            var (mem, l) = Trial(graph, level0, rng, maxSweeps);
            trialL[t] = l.Codelength;
            if (bestL is null || l.Codelength < bestL.Codelength) { best = mem; bestL = l; }
        }
        // As the official Infomap: keep the one-module solution when no two-level partition beats it.
        var one = MapEquation.Evaluate(graph, new int[graph.NodeCount]);
        if (one.Codelength < bestL!.Codelength - InfomapFlowLevel.MinImprovement) { best = new int[graph.NodeCount]; bestL = one; }
        return new InfomapResult(Array.AsReadOnly(best!), bestL, Array.AsReadOnly(trialL));
    }

    private static (int[] Membership, MapEquationResult L) Trial(WeightedGraph graph, InfomapFlowLevel level0, SeededRandom rng, int maxSweeps)
    {
        int n = level0.N;
        var mem = new int[n];
        for (int i = 0; i < n; i++) mem[i] = i;
        int[]? best = null;
        MapEquationResult? bestL = null;
        for (int outer = 0; outer < 100; outer++)
        {
            // (3) fine-tune on the original nodes (first pass: plain core loop from singletons).
            level0.CoreLoop(mem, rng, maxSweeps);
            int k = InfomapFlowLevel.Renumber(mem);
            // (2) aggregate and move super-nodes until nothing merges.
            while (k > 1)
            {
                var level = level0.Aggregate(mem, k);
                var sup = new int[k];
                for (int m = 0; m < k; m++) sup[m] = m;
                if (level.CoreLoop(sup, rng, maxSweeps) == 0) break;
                int k2 = InfomapFlowLevel.Renumber(sup);
                for (int i = 0; i < n; i++) mem[i] = sup[mem[i]];
                k = InfomapFlowLevel.Renumber(mem);
                if (k2 == level.N) break;
            }
            var l = MapEquation.Evaluate(graph, mem);
            if (bestL is not null && l.Codelength > bestL.Codelength - InfomapFlowLevel.MinImprovement)
            {
                if (l.Codelength < bestL.Codelength) { best = (int[])mem.Clone(); bestL = l; }
                break;
            }
            best = (int[])mem.Clone(); bestL = l;
        }
        return (best!, bestL!);
    }
}
