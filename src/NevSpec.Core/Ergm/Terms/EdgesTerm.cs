namespace NevSpec.Core.Ergm;

/// <summary>statnet <c>edges</c>: the number of ties, g(y) = Σ_{i&lt;j} y_ij; Δ_ij = 1.</summary>
public sealed class EdgesTerm : ErgmTerm
{
    /// <inheritdoc/>
    public override string Name => "edges";
    /// <inheritdoc/>
    public override bool IsDyadIndependent => true;
    /// <inheritdoc/>
    public override double ChangeStatistic(ErgmNetwork network, int i, int j) => 1.0;
    /// <inheritdoc/>
    public override double Statistic(ErgmNetwork network) => network.EdgeCount;
}
