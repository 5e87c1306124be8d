using NevSpec.Core.Randomness;

namespace NevSpec.Core.Networks;

/// <summary>
/// One level of the Infomap search: (super-)nodes with visit rate, link flows to other (super-)nodes in CSR form,
/// and the core loop of greedy node moves that minimises the two-level map equation.
/// </summary>
/// <remarks>
/// Moving node α (visit rate p, exit rate e = Σ of its link flows, link flow w_m to module m) from module a to b
/// changes q_a → q_a − e + 2w_a, P_a → P_a − p, q_b → q_b + e − 2w_b, P_b → P_b + p (undirected flow, each link
/// flow = w/(2W) per direction); the change of
/// L = plogp(Σq) − 2Σplogp(q) − Σplogp(p_α) + Σplogp(q + P) is evaluated from these four numbers.
/// Rosvall and Bergstrom (2008), PNAS 105(4), 1118–1123; search as in Rosvall, Axelsson and Bergstrom (2009),
/// "The map equation", Eur. Phys. J. Special Topics 178, 13–23 (core algorithm: random-order node moves,
/// then aggregation of modules into nodes, repeated).
/// </remarks>
internal sealed class InfomapFlowLevel
{
    /// <summary>Smallest codelength decrease (bits) accepted for a move, as Infomap's default.</summary>
    public const double MinImprovement = 1e-10;

    public readonly int N;
    public readonly double[] Flow;
    public readonly int[] Offsets;
    public readonly int[] Neighbors;
    public readonly double[] LinkFlow;
    public readonly double[] Exit;

    public InfomapFlowLevel(double[] flow, int[] offsets, int[] neighbors, double[] linkFlow)
    {
        N = flow.Length; Flow = flow; Offsets = offsets; Neighbors = neighbors; LinkFlow = linkFlow;
        Exit = new double[N];
        for (int a = 0; a < N; a++)
            for (int e = offsets[a]; e < offsets[a + 1]; e++) Exit[a] += linkFlow[e];
    }

    /// <summary>Level 0: the graph's nodes with p_α = s_α/(2W) and link flow w/(2W).</summary>
    public static InfomapFlowLevel FromGraph(WeightedGraph g)
    {
        double twoW = 2 * g.TotalWeight;
        var lf = new double[g.RawWeights.Length];
        if (twoW > 0) for (int e = 0; e < lf.Length; e++) lf[e] = g.RawWeights[e] / twoW;
        return new InfomapFlowLevel(MapEquation.NodeFlow(g), g.RawOffsets, g.RawNeighbors, lf);
    }

    /// <summary>
    /// Aggregates modules (labels 0..k−1 in <paramref name="module"/>) into super-nodes; links inside a module
    /// are dropped, parallel links between two modules are summed (neighbours sorted).
    /// </summary>
    /// <remarks>Nodes are visited module by module, in node order within a module, so every module flow and every
    /// module-to-module link flow is summed in node order, then link order.</remarks>
    public InfomapFlowLevel Aggregate(int[] module, int k)
    {
        var start = new int[k + 1];
        for (int a = 0; a < N; a++) start[module[a] + 1]++;
        for (int m = 0; m < k; m++) start[m + 1] += start[m];
        var byModule = new int[N];
        var fill = (int[])start.Clone();
        for (int a = 0; a < N; a++) byModule[fill[module[a]]++] = a;

        var flow = new double[k];
        var off = new int[k + 1];
        var nb = new int[Offsets[N]];
        var lf = new double[Offsets[N]];
        var sum = new double[k];
        var seenBy = new int[k];
        Array.Fill(seenBy, -1);
        var touched = new int[k];
        int q = 0;
        for (int ma = 0; ma < k; ma++)
        {
            int count = 0;
            for (int i = start[ma]; i < start[ma + 1]; i++)
            {
                int a = byModule[i];
                flow[ma] += Flow[a];
                for (int e = Offsets[a]; e < Offsets[a + 1]; e++)
                {
                    int mb = module[Neighbors[e]];
                    if (mb == ma) continue;
                    if (seenBy[mb] != ma) { seenBy[mb] = ma; sum[mb] = LinkFlow[e]; touched[count++] = mb; }
                    else sum[mb] += LinkFlow[e];
                }
            }
            Array.Sort(touched, 0, count);
            for (int j = 0; j < count; j++) { nb[q] = touched[j]; lf[q] = sum[touched[j]]; q++; }
            off[ma + 1] = q;
        }
        Array.Resize(ref nb, q);
        Array.Resize(ref lf, q);
        return new InfomapFlowLevel(flow, off, nb, lf);
    }

    /// <summary>
    /// Core loop: sweeps over the nodes in a fresh random order, moving each node to the neighbouring (or an empty)
    /// module with the largest codelength decrease (&gt; <see cref="MinImprovement"/>), until a sweep moves nothing or
    /// <paramref name="maxSweeps"/> is reached. <paramref name="module"/> (labels in 0..N−1) is updated in place.
    /// </summary>
    /// <remarks>Allocation-free per move: flat arrays for module state, candidate list and empty-module stack. The
    /// four numbers a candidate module needs (q, P, plogp(q), plogp(q + P)) sit together in one
    /// <see cref="ModuleState"/>, one cache line per candidate. plogp of each module's q and q + P and of Σq is cached
    /// and refreshed when they change; the cached value is the same expression on the same numbers, so every move
    /// decision is bit-for-bit the one of the uncached formula.</remarks>
    /// <returns>Number of moves made.</returns>
    public int CoreLoop(int[] module, SeededRandom rng, int maxSweeps)
    {
        int[] offsets = Offsets, neighbors = Neighbors;
        double[] linkFlow = LinkFlow, nodeFlow = Flow, nodeExit = Exit;
        var mods = new ModuleState[N];
        var modSize = new int[N];
        for (int a = 0; a < N; a++)
        {
            int m = module[a];
            mods[m].Flow += nodeFlow[a]; modSize[m]++;
            for (int e = offsets[a]; e < offsets[a + 1]; e++)
                if (module[neighbors[e]] != m) mods[m].Exit += linkFlow[e];
        }
        double sumExit = 0;
        for (int m = 0; m < N; m++) sumExit += mods[m].Exit;
        for (int m = 0; m < N; m++) mods[m].RefreshPlogp();
        // Empty modules as a stack whose top is the smallest empty label.
        var empty = new int[N];
        int emptyCount = 0;
        for (int m = N - 1; m >= 0; m--) if (modSize[m] == 0) empty[emptyCount++] = m;

        var order = new int[N];
        for (int i = 0; i < N; i++) order[i] = i;
        var wTo = new double[N];
        var touched = new int[N];
        int totalMoves = 0;
        for (int sweep = 0; sweep < maxSweeps; sweep++)
        {
            rng.Shuffle(order);
            int moves = 0;
            foreach (int a in order)
            {
                int old = module[a];
                double p = nodeFlow[a], ex = nodeExit[a];
                int touchedCount = 0;
                for (int e = offsets[a]; e < offsets[a + 1]; e++)
                {
                    int m = module[neighbors[e]];
                    if (wTo[m] == 0) touched[touchedCount++] = m; // link flows are > 0, so 0 means "not seen yet"
                    wTo[m] += linkFlow[e];
                }
                ref ModuleState from = ref mods[old];
                double qOld = from.Exit, pOld = from.Flow;
                double qOldNew = qOld - ex + 2 * wTo[old], pOldNew = pOld - p;
                double baseOld = MapEquation.PLogP(qOldNew) - from.PlogpExit;
                double baseOldQp = MapEquation.PLogP(qOldNew + pOldNew) - from.PlogpExitFlow;
                double plogpSumExit = MapEquation.PLogP(sumExit);
                double best = -MinImprovement;
                int bestModule = -1;
                double bestQNew = 0;
                // Candidates in order of first appearance among the links, then one empty module; ties keep the first.
                int candidates = touchedCount + (modSize[old] > 1 && emptyCount > 0 ? 1 : 0);
                for (int c = 0; c < candidates; c++)
                {
                    int m = c < touchedCount ? touched[c] : empty[emptyCount - 1];
                    if (m == old) continue;
                    double w = c < touchedCount ? wTo[m] : 0.0;
                    ref readonly ModuleState to = ref mods[m];
                    double q = to.Exit, pm = to.Flow;
                    double qNew = q + ex - 2 * w;
                    double sumNew = sumExit - qOld + qOldNew - q + qNew;
                    double delta = MapEquation.PLogP(sumNew) - plogpSumExit
                        - 2 * (baseOld + MapEquation.PLogP(qNew) - to.PlogpExit)
                        + baseOldQp + MapEquation.PLogP(qNew + pm + p) - to.PlogpExitFlow;
                    if (delta < best) { best = delta; bestModule = m; bestQNew = qNew; }
                }
                for (int c = 0; c < touchedCount; c++) wTo[touched[c]] = 0;
                if (bestModule < 0) continue;

                ref ModuleState target = ref mods[bestModule];
                if (modSize[bestModule] == 0) emptyCount--;
                sumExit += qOldNew - qOld + bestQNew - target.Exit;
                from.Exit = qOldNew; from.Flow = pOldNew; modSize[old]--;
                target.Exit = bestQNew; target.Flow += p; modSize[bestModule]++;
                if (modSize[old] == 0) { from.Exit = 0; from.Flow = 0; empty[emptyCount++] = old; }
                from.RefreshPlogp();
                target.RefreshPlogp();
                module[a] = bestModule;
                moves++;
            }
            totalMoves += moves;
            if (moves == 0) break;
        }
        return totalMoves;
    }

    /// <summary>Exit rate q, flow P and their cached plogp terms of one module during the core loop.</summary>
    private struct ModuleState
    {
        public double Exit, Flow, PlogpExit, PlogpExitFlow;

        public void RefreshPlogp()
        {
            PlogpExit = MapEquation.PLogP(Exit);
            PlogpExitFlow = MapEquation.PLogP(Exit + Flow);
        }
    }

    /// <summary>Relabels <paramref name="module"/> to 0..k−1 in order of first appearance; returns k.</summary>
    public static int Renumber(int[] module)
    {
        int max = -1;
        foreach (int m in module)
        {
            if (m < 0) return RenumberSparse(module);
            if (m > max) max = m;
        }
        if (max >= 4 * module.Length + 16) return RenumberSparse(module);
        var map = new int[max + 1];
        Array.Fill(map, -1);
        int k = 0;
        for (int i = 0; i < module.Length; i++)
        {
            ref int slot = ref map[module[i]];
            if (slot < 0) slot = k++;
            module[i] = slot;
        }
        return k;
    }

    private static int RenumberSparse(int[] module)
    {
        var map = new Dictionary<int, int>();
        for (int i = 0; i < module.Length; i++)
        {
            if (!map.TryGetValue(module[i], out int k)) { k = map.Count; map[module[i]] = k; }
            module[i] = k;
        }
        return map.Count;
    }
}
