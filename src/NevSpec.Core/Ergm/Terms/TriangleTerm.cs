namespace NevSpec.Core.Ergm;

/// <summary>statnet <c>triangle</c> (undirected): the number of triangles; Δ_ij = number of shared partners of i and j.</summary>
public sealed class TriangleTerm : ErgmTerm
{
    /// <inheritdoc/>
    public override string Name => "triangle";
    /// <inheritdoc/>
    public override bool IsDyadIndependent => false;
    /// <inheritdoc/>
    public override double ChangeStatistic(ErgmNetwork network, int i, int j) => network.SharedPartners(i, j);

    /// <inheritdoc/>
    public override double Statistic(ErgmNetwork network)
    {
        long closed = 0;   // each triangle is seen once from each of its three edges
        foreach (var (i, j) in network.Edges()) closed += network.SharedPartners(i, j);
        return closed / 3;
    }
}
