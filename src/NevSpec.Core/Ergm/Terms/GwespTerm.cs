namespace NevSpec.Core.Ergm;

/// <summary>
/// statnet <c>gwesp(decay, fixed = TRUE)</c> (undirected): g(y) = e^α Σ_{k≥1} {1 − (1 − e^(−α))^k} ESP_k, ESP_k = number
/// of ties with exactly k shared partners. Label <c>gwesp.fixed.α</c>, e.g. <c>gwesp.fixed.0.25</c>.
/// </summary>
/// <remarks>
/// Change statistic (Hunter and Handcock 2006, J. Comput. Graph. Stat. 15(3); ergm's <c>c_gwesp</c>): adding i–j
/// creates a tie with L_ij shared partners, worth e^α(1 − r^L_ij), and for every shared partner k raises the
/// shared-partner counts of the ties i–k and j–k by one, each worth r^L (r = 1 − e^(−α), L counted in y⁻_ij):
/// Δ_ij = e^α(1 − r^L_ij) + Σ_k (r^L_ik + r^L_jk). Cost O(d_i · d_k) per dyad, with O(1) tie tests.
/// </remarks>
public sealed class GwespTerm : ErgmTerm
{
    private readonly GeometricWeights _w;

    /// <summary>Creates the term with fixed decay α ≥ 0.</summary>
    public GwespTerm(double decay) => _w = new GeometricWeights(decay);

    /// <summary>Decay α.</summary>
    public double Decay => _w.Decay;
    /// <inheritdoc/>
    public override string Name => "gwesp.fixed." + Number(Decay);
    /// <inheritdoc/>
    public override bool IsDyadIndependent => false;

    /// <inheritdoc/>
    public override double ChangeStatistic(ErgmNetwork network, int i, int j)
    {
        int tie = TieIndicator(network, i, j);
        if (network.Degree(i) > network.Degree(j)) (i, j) = (j, i);
        double sum = 0;
        int shared = 0;
        int words = network.Words;
        if (network.Degree(i) < words)
        {
            foreach (int k in network.Neighbors(i))
            {
                if (k == j || !network.HasEdge(j, k)) continue;
                shared++;
                sum += PartnerChange(network, i, j, k, tie);
            }
        }
        else
        {
            // Shared partners are the set bits of row_i AND row_j (neither row holds its own node).
            var adj = network.Adjacency;
            long a = (long)i * words, b = (long)j * words;
            for (int w = 0; w < words; w++)
            {
                ulong common = adj[a + w] & adj[b + w];
                while (common != 0)
                {
                    int k = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(common);
                    common &= common - 1;
                    shared++;
                    sum += PartnerChange(network, i, j, k, tie);
                }
            }
        }
        return sum + _w.Weight(shared);
    }

    // In y⁻_ij, j is not a shared partner of i–k, nor i of j–k: hence "− tie".
    private double PartnerChange(ErgmNetwork network, int i, int j, int k, int tie) =>
        _w.Power(network.SharedPartners(i, k) - tie) + _w.Power(network.SharedPartners(j, k) - tie);

    /// <inheritdoc/>
    public override double Statistic(ErgmNetwork network)
    {
        double s = 0;
        foreach (var (i, j) in network.Edges()) s += _w.Weight(network.SharedPartners(i, j));
        return s;
    }
}
