namespace NevSpec.Core.Networks;

/// <summary>How closeness centrality treats nodes that cannot reach every other node.</summary>
/// <remarks>
/// r = number of nodes reachable from u (u included), S = sum of their distances from u, n = node count.
/// All conventions coincide with (n − 1)/S on a connected graph except <see cref="IgraphRaw"/> (= 1/S).
/// </remarks>
public enum ClosenessConvention
{
    /// <summary>networkx default (<c>wf_improved=True</c>, Wasserman &amp; Faust 1994): ((r−1)/S)·((r−1)/(n−1)); 0 for an isolate.</summary>
    WassermanFaust,
    /// <summary>python-igraph 0.10 <c>closeness()</c> (normalized, = networkx <c>wf_improved=False</c>): (r−1)/S; NaN for an isolate (as igraph).</summary>
    IgraphNormalized,
    /// <summary>igraph <c>normalized=False</c> (R igraph default): 1/S; NaN for an isolate (as igraph).</summary>
    IgraphRaw,
}
