using NevSpec.Core.Networks;

namespace NevSpec.Engine.Networks;

/// <summary>Structure metrics of one period (paper 2, Table 1 and Figure 1), on the period's nodes with links.</summary>
/// <param name="Label">Period label.</param>
/// <param name="Data">The loaded period.</param>
/// <param name="Nodes">Nodes with at least one link (n).</param>
/// <param name="Isolates">Nodes of the network without a link in the period (left out of every metric).</param>
/// <param name="Edges">Distinct links m (repeats summed).</param>
/// <param name="TotalWeight">Sum of link weights.</param>
/// <param name="InternalWeight">Sum of internal strength (self-loop records) over all nodes.</param>
/// <param name="Density">2m/(n(n − 1)).</param>
/// <param name="AverageDegree">2m/n.</param>
/// <param name="AverageStrength">2·Σw/n.</param>
/// <param name="Components">Connected components among the n nodes.</param>
/// <param name="LargestComponent">Nodes in the largest component.</param>
/// <param name="AveragePathLength">Mean shortest path (hops) over the ordered pairs of the largest component.</param>
/// <param name="GlobalEfficiency">Mean of 1/d (hops) over all ordered pairs, 1/∞ = 0.</param>
/// <param name="Transitivity">3·triangles / connected triples.</param>
/// <param name="AverageClustering">Mean local clustering (degree &lt; 2 counts as 0).</param>
/// <param name="DegreeSlope">Log–log OLS fit of P(k) on k, or null when the period has fewer than two distinct degrees (see notes).</param>
public sealed record PeriodMetrics(
    string Label,
    NetworkPeriod Data,
    int Nodes,
    int Isolates,
    int Edges,
    double TotalWeight,
    double InternalWeight,
    double Density,
    double AverageDegree,
    double AverageStrength,
    int Components,
    int LargestComponent,
    double AveragePathLength,
    double GlobalEfficiency,
    double Transitivity,
    double AverageClustering,
    DegreeSlopeFit? DegreeSlope);
