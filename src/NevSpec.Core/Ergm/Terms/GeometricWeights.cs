namespace NevSpec.Core.Ergm;

/// <summary>
/// The geometric weights of statnet's fixed-decay gw terms: with r = 1 − e^(−α), a count k contributes
/// e^α (1 − r^k), and raising a count from k to k + 1 adds e^α r^k (1 − r) = r^k. Powers r^k are tabulated.
/// </summary>
internal sealed class GeometricWeights
{
    private double[] _powers;

    public GeometricWeights(double decay)
    {
        if (!double.IsFinite(decay) || decay < 0)
            throw new ArgumentOutOfRangeException(nameof(decay), decay, "The decay of a gw term must be finite and ≥ 0.");
        Decay = decay;
        Ratio = 1.0 - Math.Exp(-decay);   // as ergm's C code (oneexpa = 1 - exp(-alpha))
        _powers = Table(Ratio, 64);
    }

    public double Decay { get; }
    public double Ratio { get; }

    /// <summary>r^k (k ≥ 0), from the table.</summary>
    public double Power(int k)
    {
        var p = _powers;
        if (k < p.Length) return p[k];
        var bigger = Table(Ratio, Math.Max(k + 1, 2 * p.Length));
        _powers = bigger;   // a benign race: every thread computes the same table
        return bigger[k];
    }

    /// <summary>Weight of a count k in the statistic: e^α (1 − r^k).</summary>
    public double Weight(int k) => k == 0 ? 0 : Math.Exp(Decay) * (1 - Power(k));

    private static double[] Table(double r, int length)
    {
        var t = new double[length];
        t[0] = 1;
        for (int k = 1; k < length; k++) t[k] = Math.Pow(r, k);
        return t;
    }
}
