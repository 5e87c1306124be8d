namespace NevSpec.Core.Ergm;

/// <summary>
/// One sufficient statistic g_k(y) of an undirected ERGM, P(Y = y) ∝ exp(Σ_k θ_k g_k(y)), with statnet's definition
/// and coefficient label (<see cref="Name"/>), so that estimates are comparable with R's <c>ergm</c>.
/// </summary>
/// <remarks>
/// The <b>change statistic</b> of dyad (i, j) is Δ_ij g(y) = g(y⁺_ij) − g(y⁻_ij): the statistic with the tie i–j present
/// minus with it absent, every other dyad as in <c>y</c> (whatever the current state of i–j). It is the covariate of
/// dyad (i, j) in the pseudo-likelihood and, with sign −1 for a removal, the increment of g when i–j is toggled, so
/// the sampler never recomputes g. Terms compute it incrementally from the neighbourhood of i and j.
/// </remarks>
public abstract class ErgmTerm
{
    /// <summary>statnet's coefficient name, e.g. <c>edges</c>, <c>nodecov.wealth</c>, <c>gwesp.fixed.0.25</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Whether Δ_ij g depends only on (i, j) and covariates, not on other ties (then the MPLE is the MLE).</summary>
    public abstract bool IsDyadIndependent { get; }

    /// <summary>g(y⁺_ij) − g(y⁻_ij) for the network as it is apart from dyad (i, j); i ≠ j.</summary>
    public abstract double ChangeStatistic(ErgmNetwork network, int i, int j);

    /// <summary>g(y) computed directly from the whole network (not from change statistics).</summary>
    public abstract double Statistic(ErgmNetwork network);

    /// <summary>
    /// Checks that the term fits a network with <paramref name="nodeCount"/> nodes (covariate lengths, finite values).
    /// </summary>
    /// <exception cref="ErgmException">A covariate of the wrong length or with a missing/non-finite value, named.</exception>
    public virtual void Validate(int nodeCount) { }

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>Formats a term parameter as statnet/R print it in labels (shortest round-trip: 0.5, 0.25, 1).</summary>
    internal static string Number(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>1 when i–j is currently a tie, else 0: the correction from "current" to "y⁻_ij" quantities.</summary>
    internal static int TieIndicator(ErgmNetwork network, int i, int j) => network.HasEdge(i, j) ? 1 : 0;
}
