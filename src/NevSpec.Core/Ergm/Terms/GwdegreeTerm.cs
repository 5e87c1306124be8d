namespace NevSpec.Core.Ergm;

/// <summary>
/// statnet <c>gwdegree(decay, fixed = TRUE)</c> (undirected): g(y) = e^α Σ_{k≥1} {1 − (1 − e^(−α))^k} D_k, D_k = number of
/// nodes of degree k. Adding i–j raises two degrees by one: Δ_ij = r^(d⁻_i) + r^(d⁻_j), r = 1 − e^(−α), degrees in
/// y⁻_ij (ergm's <c>c_gwdegree</c>). Label <c>gwdeg.fixed.α</c> as statnet prints it.
/// </summary>
public sealed class GwdegreeTerm : ErgmTerm
{
    private readonly GeometricWeights _w;

    /// <summary>Creates the term with fixed decay α ≥ 0.</summary>
    public GwdegreeTerm(double decay) => _w = new GeometricWeights(decay);

    /// <summary>Decay α.</summary>
    public double Decay => _w.Decay;
    /// <inheritdoc/>
    public override string Name => "gwdeg.fixed." + Number(Decay);
    /// <inheritdoc/>
    public override bool IsDyadIndependent => false;

    /// <inheritdoc/>
    public override double ChangeStatistic(ErgmNetwork network, int i, int j)
    {
        int tie = TieIndicator(network, i, j);
        return _w.Power(network.Degree(i) - tie) + _w.Power(network.Degree(j) - tie);
    }

    /// <inheritdoc/>
    public override double Statistic(ErgmNetwork network)
    {
        double s = 0;
        for (int i = 0; i < network.NodeCount; i++) s += _w.Weight(network.Degree(i));
        return s;
    }
}
