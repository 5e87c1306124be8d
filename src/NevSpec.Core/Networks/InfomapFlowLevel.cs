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
    public InfomapFlowLevel Aggregate(int[] module, int k)
    {
        var flow = new double[k];
        var rows = new SortedDictionary<int, double>[k];
        for (int m = 0; m < k; m++) rows[m] = new SortedDictionary<int, double>();
        for (int a = 0; a < N; a++)
        {
            int ma = module[a];
            flow[ma] += Flow[a];
            for (int e = Offsets[a]; e < Offsets[a + 1]; e++)
            {
                int mb = module[Neighbors[e]];
                if (mb == ma) continue;
                rows[ma][mb] = rows[ma].TryGetValue(mb, out double old) ? old + LinkFlow[e] : LinkFlow[e];
            }
        }
        var off = new int[k + 1];
        for (int m = 0; m < k; m++) off[m + 1] = off[m] + rows[m].Count;
        var nb = new int[off[k]];
        var lf = new double[off[k]];
        for (int m = 0; m < k; m++)
        {
            int p = off[m];
            foreach (var kv in rows[m]) { nb[p] = kv.Key; lf[p] = kv.Value; p++; }
        }
        return new InfomapFlowLevel(flow, off, nb, lf);
    }

    /// <summary>
    /// Core loop: sweeps over the nodes in a fresh random order, moving each node to the neighbouring (or an empty)
    /// module with the largest codelength decrease (&gt; <see cref="MinImprovement"/>), until a sweep moves nothing or
    /// <paramref name="maxSweeps"/> is reached. <paramref name="module"/> (labels in 0..N−1) is updated in place.
    /// </summary>
    /// <returns>Number of moves made.</returns>
    public int CoreLoop(int[] module, SeededRandom rng, int maxSweeps)
    {
        var modExit = new double[N];
        var modFlow = new double[N];
        var modSize = new int[N];
        for (int a = 0; a < N; a++)
        {
            int m = module[a];
            modFlow[m] += Flow[a]; modSize[m]++;
            for (int e = Offsets[a]; e < Offsets[a + 1]; e++)
                if (module[Neighbors[e]] != m) modExit[m] += LinkFlow[e];
        }
        double sumExit = 0;
        for (int m = 0; m < N; m++) sumExit += modExit[m];
        var empty = new Stack<int>();
        for (int m = N - 1; m >= 0; m--) if (modSize[m] == 0) empty.Push(m);

        var order = new int[N];
        for (int i = 0; i < N; i++) order[i] = i;
        var wTo = new double[N];
        var touched = new List<int>();
        int totalMoves = 0;
        for (int sweep = 0; sweep < maxSweeps; sweep++)
        {
            rng.Shuffle(order);
            int moves = 0;
            foreach (int a in order)
            {
                int old = module[a];
                double p = Flow[a], ex = Exit[a];
                touched.Clear();
                for (int e = Offsets[a]; e < Offsets[a + 1]; e++)
                {
                    int m = module[Neighbors[e]];
                    if (wTo[m] == 0) touched.Add(m); // link flows are > 0, so 0 means "not seen yet"
                    wTo[m] += LinkFlow[e];
                }
                double qOld = modExit[old], pOld = modFlow[old];
                double qOldNew = qOld - ex + 2 * wTo[old], pOldNew = pOld - p;
                double baseOld = MapEquation.PLogP(qOldNew) - MapEquation.PLogP(qOld);
                double baseOldQp = MapEquation.PLogP(qOldNew + pOldNew) - MapEquation.PLogP(qOld + pOld);
                double best = -MinImprovement;
                int bestModule = -1;
                double bestQNew = 0;
                foreach (int m in touched) Consider(m, wTo[m]);
                if (modSize[old] > 1 && empty.Count > 0) Consider(empty.Peek(), 0.0);
                foreach (int m in touched) wTo[m] = 0;
                if (bestModule < 0) continue;

                if (modSize[bestModule] == 0) empty.Pop();
                sumExit += qOldNew - qOld + bestQNew - modExit[bestModule];
                modExit[old] = qOldNew; modFlow[old] = pOldNew; modSize[old]--;
                modExit[bestModule] = bestQNew; modFlow[bestModule] += p; modSize[bestModule]++;
                if (modSize[old] == 0) { modExit[old] = 0; modFlow[old] = 0; empty.Push(old); }
                module[a] = bestModule;
                moves++;

                void Consider(int m, double w)
                {
                    if (m == old) return;
                    double q = modExit[m], pm = modFlow[m];
                    double qNew = q + ex - 2 * w;
                    double sumNew = sumExit - qOld + qOldNew - q + qNew;
                    double delta = MapEquation.PLogP(sumNew) - MapEquation.PLogP(sumExit)
                        - 2 * (baseOld + MapEquation.PLogP(qNew) - MapEquation.PLogP(q))
                        + baseOldQp + MapEquation.PLogP(qNew + pm + p) - MapEquation.PLogP(q + pm);
                    if (delta < best) { best = delta; bestModule = m; bestQNew = qNew; }
                }
            }
            totalMoves += moves;
            if (moves == 0) break;
        }
        return totalMoves;
    }

    /// <summary>Relabels <paramref name="module"/> to 0..k−1 in order of first appearance; returns k.</summary>
    public static int Renumber(int[] module)
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
