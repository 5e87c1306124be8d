using NevSpec.Core.Randomness;

namespace NevSpec.Core.Ergm.Internal;

/// <summary>
/// Metropolis–Hastings sampler of an ERGM with statnet's tie/no-tie (TNT) proposal: with probability ½ (when the
/// network has ties) a uniformly chosen tie is proposed for removal, otherwise a uniformly chosen dyad is toggled.
/// The statistic vector is kept up to date from the change statistics, so a sample costs no recomputation.
/// </summary>
/// <remarks>
/// Hastings ratio (ergm's <c>MH_TNT</c>; D dyads, m ties before the move): removal m/(D + m) (2/(D + 1) when m = 1),
/// addition 1 + D/(m + 1) ((D + 1)/2 when m = 0). The move is accepted when log u &lt; ±θ·Δ + log(ratio).
/// Degeneracy guard: the sampler stops early when the network has run away towards the complete graph — its density
/// more than halfway from the observed density to 1 (<see cref="RunawayDensity"/>). A model near its MLE does not
/// go there; a degenerate one (e.g. edges + triangle) does within a few thousand proposals, and there every triangle
/// or gw change statistic costs O(n) to O(n²), which is what makes other software appear to hang. The guard also
/// bounds the cost of a proposal, so the total work is capped by iterations × (burn-in + sample size × interval).
/// </remarks>
internal sealed class TntSampler
{
    private readonly ErgmModel _model;
    private readonly SeededRandom _rng;
    private readonly double[] _delta;
    private readonly double _dyads;
    private readonly int _n;
    private readonly double _maxEdges;

    /// <summary>A chain at <paramref name="start"/> (owned and modified) whose statistics are <paramref name="statistics"/> = g(start).</summary>
    /// <param name="model">Terms.</param>
    /// <param name="start">Start network; the sampler toggles it in place.</param>
    /// <param name="statistics">g(start), updated in place.</param>
    /// <param name="rng">Random stream.</param>
    /// <param name="observedDensity">Reference density of the runaway guard (the observed network's); null: no guard.</param>
    public TntSampler(ErgmModel model, ErgmNetwork start, double[] statistics, SeededRandom rng, double? observedDensity)
    {
        _model = model; Network = start; Statistics = statistics; _rng = rng;
        _delta = new double[model.Count];
        _dyads = start.DyadCount;
        _n = start.NodeCount;
        _maxEdges = observedDensity is { } d ? Math.Max(RunawayDensity(d) * _dyads, 2) : double.PositiveInfinity;
    }

    public ErgmNetwork Network { get; }
    /// <summary>g(current network), updated on every accepted toggle.</summary>
    public double[] Statistics { get; }
    public long Proposals { get; private set; }
    public long Accepted { get; private set; }
    /// <summary>Set when the chain ran away towards the complete graph (the guard fired).</summary>
    public bool Degenerate { get; private set; }

    /// <summary>Density at which the guard fires: observed + (1 − observed)/2.</summary>
    public static double RunawayDensity(double observedDensity) => observedDensity + (1 - observedDensity) / 2;

    /// <summary>Runs <paramref name="steps"/> proposals at θ; false (and <see cref="Degenerate"/>) when the guard fired.</summary>
    public bool Run(double[] theta, long steps)
    {
        var g = Network;
        var delta = _delta;
        int p = delta.Length;
        double dyads = _dyads;
        long guardEvery = 256;
        for (long s = 0; s < steps; s++)
        {
            int m = g.EdgeCount;
            int i, j;
            bool present;
            if (m > 0 && _rng.NextDouble() < 0.5)
            {
                (i, j) = g.EdgeAt(_rng.NextInt(m));
                present = true;
            }
            else
            {
                i = _rng.NextInt(_n);
                j = _rng.NextInt(_n - 1);
                if (j >= i) j++;
                present = g.HasEdge(i, j);
            }
            _model.ChangeStatistics(g, i, j, delta);
            double dot = 0;
            for (int k = 0; k < p; k++) dot += theta[k] * delta[k];
            double logRatio = present
                ? -dot + Math.Log(m == 1 ? 2.0 / (dyads + 1) : m / (dyads + m))
                : dot + Math.Log(m == 0 ? (dyads + 1) / 2 : 1 + dyads / (m + 1));
            Proposals++;
            if (logRatio >= 0 || Math.Log(_rng.NextDouble()) < logRatio)
            {
                g.ToggleUnchecked(i, j);
                double sign = present ? -1 : 1;
                var stats = Statistics;
                for (int k = 0; k < p; k++) stats[k] += sign * delta[k];
                Accepted++;
            }
            if ((s & (guardEvery - 1)) == 0 && g.EdgeCount >= _maxEdges)
            {
                Degenerate = true;
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Burn-in, then <paramref name="sampleSize"/> statistic vectors taken every <paramref name="interval"/> proposals
    /// (row-major sampleSize × p); null when the degeneracy guard fired.
    /// </summary>
    public double[]? Sample(double[] theta, int burnin, int sampleSize, int interval)
    {
        int p = _model.Count;
        if (!Run(theta, burnin)) return null;
        var sample = new double[(long)sampleSize * p];
        for (int s = 0; s < sampleSize; s++)
        {
            if (!Run(theta, interval)) return null;
            Array.Copy(Statistics, 0, sample, (long)s * p, p);
        }
        return sample;
    }
}
