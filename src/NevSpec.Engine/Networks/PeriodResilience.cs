using NevSpec.Core.Networks;

namespace NevSpec.Engine.Networks;

/// <summary>Node resilience and the network-resilience stage of one period (paper 2, Tables 2 and 3).</summary>
/// <param name="Label">Period label.</param>
/// <param name="Data">The loaded period; node i of <see cref="Nodes"/> is <c>Data.ActiveNodes[i]</c> there.</param>
/// <param name="NodeLabels">Display names of the period's nodes with links.</param>
/// <param name="Nodes">Centralities, weights and resilience of every node with a link.</param>
/// <param name="Indicators">Raw transmissibility (global efficiency), clustering and hierarchy of the period.</param>
/// <param name="Network">Normalised indicators, C, T, D and level; null when network resilience was not computed (one period; see notes).</param>
public sealed record PeriodResilience(
    string Label,
    NetworkPeriod Data,
    IReadOnlyList<string> NodeLabels,
    NodeResilienceResult Nodes,
    ResilienceIndicators Indicators,
    NetworkResilienceStage? Network)
{
    /// <summary>Resilience of a node by id, or null when it has no link in the period (the blanks of the paper's Table 3).</summary>
    public double? NodeResilience(string id)
    {
        for (int i = 0; i < Nodes.NodeIds.Count; i++) if (Nodes.NodeIds[i] == id) return Nodes.Resilience[i];
        return null;
    }
}
