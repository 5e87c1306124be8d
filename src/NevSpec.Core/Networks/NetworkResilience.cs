namespace NevSpec.Core.Networks;

/// <summary>
/// Network resilience across stages as the coupling coordination degree ("coupling harmonious degree", paper 2,
/// section 3.1) of three structural indicators: transmissibility, clustering and hierarchy.
/// </summary>
/// <remarks>
/// <para>Indicators of one stage's graph (<see cref="Indicators"/>), following the urban-network resilience literature
/// (Peng, C. et al. 2018 and Wei, S. et al. on city networks: hierarchy, transmissibility, clustering):
/// transmissibility = global efficiency (Latora &amp; Marchiori 2001; mean of 1/d over all ordered pairs, so it is defined
/// when the graph is disconnected; <see cref="TransmissibilityMeasure.InversePathLength"/> = 1/APL of the largest
/// component is the alternative); clustering = average local clustering (nodes of degree &lt; 2 count as 0, networkx);
/// hierarchy = −slope of the OLS fit of log P(k) on log k (<see cref="GraphMetrics.DegreeDistributionSlope"/>), i.e. the
/// paper's |slope| for the usual falling distribution: a steeper fall means a few hubs and many small nodes. (A rising
/// P(k), possible in tiny graphs, gets a negative hierarchy rather than being taken for a hierarchical one, as |slope| would.)
/// All three are "more is more resilient", as the paper reads them.</para>
/// <para>Normalisation across the S ≥ 2 stages, per indicator: u_s = shift + (1 − shift)·(x_s − min)/(max − min), so the
/// lowest stage gets shift (0.0001) rather than 0 — otherwise C and D of that stage would be 0 by construction — and the
/// highest gets 1; D then lies in [0, 1]. A stage lowest on all three has u = (shift, shift, shift), C = 1 and
/// D = √shift = 0.01 (the paper's stage 1 value). An indicator equal in every stage cannot be normalised; it is set to 1
/// for every stage (it neither separates the stages nor pulls their coupling down), with a note.</para>
/// <para>Coupling (<see cref="CouplingCoordination"/>): T = mean of the u, C = 3(u₁u₂u₃)^(1/3)/Σu, D = √(C·T); the level of
/// D on the ten-level scale is <see cref="CoordinationLevel"/>.</para>
/// </remarks>
public static class NetworkResilience
{
    /// <summary>The raw indicators of one graph (the graph the stage is analysed on, e.g. its nodes with links).</summary>
    /// <exception cref="ArgumentException">The graph has fewer than two distinct degrees ≥ 1 (no degree-distribution slope).</exception>
    public static ResilienceIndicators Indicators(WeightedGraph graph, NetworkResilienceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var o = options ?? new NetworkResilienceOptions();
        double transmissibility = o.Transmissibility switch
        {
            TransmissibilityMeasure.GlobalEfficiency => GraphMetrics.GlobalEfficiency(graph, o.WeightedPaths),
            TransmissibilityMeasure.InversePathLength => 1 / GraphMetrics.AveragePathLengthLargestComponent(graph, o.WeightedPaths),
            _ => throw new ArgumentException($"Unknown transmissibility measure {o.Transmissibility}.", nameof(options)),
        };
        if (!double.IsFinite(transmissibility))
            throw new ArgumentException("Transmissibility is undefined: the graph has no edge.", nameof(graph));
        double hierarchy = -GraphMetrics.DegreeDistributionSlope(graph).Slope;
        return new ResilienceIndicators(transmissibility, GraphMetrics.AverageClustering(graph), hierarchy);
    }

    /// <summary>Normalises the stages' indicators across the stages and computes C, T, D per stage.</summary>
    /// <exception cref="ArgumentException">Fewer than two stages, a value that is not finite, or a bad option.</exception>
    public static NetworkResilienceResult Compute(IReadOnlyList<ResilienceIndicators> stages, NetworkResilienceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var o = options ?? new NetworkResilienceOptions();
        if (!(o.Shift >= 0 && o.Shift < 1))
            throw new ArgumentException($"The normalisation shift must be in [0, 1) (conventionally 0.0001), got {o.Shift}.", nameof(options));
        if (!Enum.IsDefined(o.Coupling)) throw new ArgumentException($"Unknown coupling formula {o.Coupling}.", nameof(options));
        int s = stages.Count;
        if (s < 2)
            throw new ArgumentException($"Network resilience compares stages and needs at least two, got {s}.", nameof(stages));
        var raw = stages.Select(x => x?.ToArray() ?? throw new ArgumentNullException(nameof(stages))).ToArray();
        var notes = new List<string>();
        var u = new double[s][];
        for (int t = 0; t < s; t++) u[t] = new double[3];
        for (int j = 0; j < 3; j++)
        {
            for (int t = 0; t < s; t++)
                if (!double.IsFinite(raw[t][j]))
                    throw new ArgumentException($"Stage {t + 1} has {ResilienceIndicators.Names[j]} {raw[t][j]}; indicators must be finite.", nameof(stages));
            double min = raw.Min(r => r[j]), max = raw.Max(r => r[j]);
            if (!(max > min))
                notes.Add($"{Capital(ResilienceIndicators.Names[j])} is {min:G6} in every stage, so it cannot be normalised across the stages; it is set to 1 in every stage.");
            for (int t = 0; t < s; t++)
                // Min(1, ·): s + (1 − s)·1 rounds to 1 + 2⁻⁵² for s = 0.0001; the top stage must be exactly 1.
                u[t][j] = max > min ? Math.Min(1, o.Shift + (1 - o.Shift) * (raw[t][j] - min) / (max - min)) : 1;
        }
        var result = new NetworkResilienceStage[s];
        for (int t = 0; t < s; t++)
        {
            var coupling = CouplingCoordination.Compute(u[t], o.Coupling);
            result[t] = new NetworkResilienceStage(stages[t], new ResilienceIndicators(u[t][0], u[t][1], u[t][2]), coupling,
                CoordinationLevel.Of(coupling.D));
        }
        return new NetworkResilienceResult(result, o, notes);
    }

    /// <summary>Coupling C, T, D and the level of one stage's normalised indicators (u already in [0, 1]).</summary>
    public static NetworkResilienceStage Couple(ResilienceIndicators normalised, CouplingFormula formula = CouplingFormula.Standard)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        var coupling = CouplingCoordination.Compute(normalised.ToArray(), formula);
        return new NetworkResilienceStage(normalised, normalised, coupling, CoordinationLevel.Of(coupling.D));
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
