namespace NevSpec.Core.Estimation.Internal;

/// <summary>
/// Removes any number of fixed effects from a variable by the method of alternating projections
/// (Guimarães and Portugal 2010; Gaure 2013): one sweep subtracts the group means of each fixed
/// effect in turn. With one fixed effect a single sweep is exact. With more, sweeps are repeated and
/// accelerated by Irons–Tuck extrapolation (as in fixest; Berge 2018) until the largest change of any
/// element is at most <c>tolerance</c> times the variable's scale (its largest absolute value after
/// the first sweep, so the criterion is about within-variation, not the level of the variable).
/// </summary>
/// <remarks>
/// Extrapolation is safe here because every iterate differs from the input by an element of the
/// span of the dummies, so the limit (the projection onto their orthogonal complement) is unchanged.
/// </remarks>
internal sealed class AlternatingProjections
{
    private readonly int[][] _codes_Q;
    private readonly double[][] _invCount_Q;
    private readonly int _N;

    public AlternatingProjections(IReadOnlyList<Factor> fixedEffects)
    {
        _codes_Q = fixedEffects.Select(f => f.CodeSpan.ToArray()).ToArray();
        _N = _codes_Q.Length == 0 ? 0 : _codes_Q[0].Length;
        _invCount_Q = new double[_codes_Q.Length][];
        for (int q = 0; q < _codes_Q.Length; q++)
        {
            var count = new double[fixedEffects[q].Levels];
            foreach (int g in _codes_Q[q]) count[g]++;
            for (int g = 0; g < count.Length; g++) count[g] = 1.0 / count[g];
            _invCount_Q[q] = count;
        }
    }

    public readonly record struct Outcome(double[] Values, int Sweeps, bool Converged, double LastRelativeChange);

    public Outcome Demean(double[] x, double tolerance, int maxSweeps)
    {
        int q_count = _codes_Q.Length;
        var sum_Q = _invCount_Q.Select(c => new double[c.Length]).ToArray();
        var a = new double[_N];
        Sweep(x, a, sum_Q);
        if (q_count == 1) return new Outcome(a, 1, true, 0);
        double scale = MaxAbs(a);
        if (scale == 0) return new Outcome(a, 1, true, 0);

        var b = new double[_N];
        var c = new double[_N];
        int sweeps = 1;
        double change = double.PositiveInfinity;
        while (sweeps < maxSweeps)
        {
            change = Sweep(a, b, sum_Q) / scale;
            sweeps++;
            if (change <= tolerance) return new Outcome(b, sweeps, true, change);
            if (sweeps >= maxSweeps) { a = b; break; }

            change = Sweep(b, c, sum_Q) / scale;
            sweeps++;
            if (change <= tolerance) return new Outcome(c, sweeps, true, change);

            // Irons–Tuck: X = a, GX = b, GGX = c.
            double num = 0, den = 0;
            for (int i = 0; i < _N; i++)
            {
                double dGX = c[i] - b[i];
                double d2X = dGX - (b[i] - a[i]);
                num += dGX * d2X;
                den += d2X * d2X;
            }
            if (den == 0) return new Outcome(c, sweeps, true, 0);
            double coef = num / den;
            for (int i = 0; i < _N; i++) a[i] = c[i] - coef * (c[i] - b[i]);
        }
        return new Outcome(a, sweeps, false, change);
    }

    // One pass of (I − P_Q)…(I − P_1) from src into dst; returns max |dst − src|. Subtracting the
    // means of fixed effect q and summing for fixed effect q+1 share one loop over the observations,
    // and the change is measured in the last loop, so a sweep reads the data Q + 1 times.
    private double Sweep(double[] src, double[] dst, double[][] sum_Q)
    {
        int qCount = _codes_Q.Length;
        Accumulate(src, _codes_Q[0], sum_Q[0]);
        var from = src;
        double change = 0;
        for (int q = 0; q < qCount; q++)
        {
            var code_N = _codes_Q[q];
            var mean = sum_Q[q];
            var inv = _invCount_Q[q];
            for (int g = 0; g < mean.Length; g++) mean[g] *= inv[g];
            if (q + 1 < qCount)
            {
                var nextCode_N = _codes_Q[q + 1];
                var nextSum = sum_Q[q + 1];
                Array.Clear(nextSum);
                for (int i = 0; i < dst.Length; i++)
                {
                    double v = from[i] - mean[code_N[i]];
                    dst[i] = v;
                    nextSum[nextCode_N[i]] += v;
                }
            }
            else
            {
                for (int i = 0; i < dst.Length; i++)
                {
                    double v = from[i] - mean[code_N[i]];
                    dst[i] = v;
                    change = Math.Max(change, Math.Abs(v - src[i]));
                }
            }
            from = dst;
        }
        return change;
    }

    private static void Accumulate(double[] x, int[] code_N, double[] sum)
    {
        Array.Clear(sum);
        for (int i = 0; i < x.Length; i++) sum[code_N[i]] += x[i];
    }

    private static double MaxAbs(double[] x)
    {
        double m = 0;
        foreach (double v in x) m = Math.Max(m, Math.Abs(v));
        return m;
    }
}
