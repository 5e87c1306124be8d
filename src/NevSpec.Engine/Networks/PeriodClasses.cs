using NevSpec.Core.Networks;

namespace NevSpec.Engine.Networks;

/// <summary>
/// Jenks natural-breaks classes of one period (the paper's maps): internal cooperation strength, link strength and node
/// resilience.
/// </summary>
/// <param name="Label">Period label.</param>
/// <param name="Data">The loaded period.</param>
/// <param name="InternalStrength">Nodes with internal strength &gt; 0 and their classes, or null when no node has any.</param>
/// <param name="InternalBreaks">Breaks of <see cref="InternalStrength"/>, or null.</param>
/// <param name="Links">Every link and its class.</param>
/// <param name="LinkBreaks">Breaks of the link weights.</param>
/// <param name="Resilience">Nodes with a link, their node resilience (entropy weights, hops, Wasserman–Faust closeness) and class.</param>
/// <param name="ResilienceBreaks">Breaks of node resilience.</param>
/// <param name="NodeResilience">The node-resilience computation behind <see cref="Resilience"/>.</param>
public sealed record PeriodClasses(
    string Label,
    NetworkPeriod Data,
    IReadOnlyList<ClassifiedNode>? InternalStrength,
    JenksResult? InternalBreaks,
    IReadOnlyList<ClassifiedLink> Links,
    JenksResult LinkBreaks,
    IReadOnlyList<ClassifiedNode> Resilience,
    JenksResult ResilienceBreaks,
    NodeResilienceResult NodeResilience);
