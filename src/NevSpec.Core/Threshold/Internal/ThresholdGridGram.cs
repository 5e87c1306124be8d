namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// The y-independent cross-products of a threshold search, over the observations sorted once by the
/// threshold variable: for every grid point γ, P₀(γ) = W(γ)'Q₀ and A₀(γ) = W(γ)'M W(γ), and on demand
/// the cross column C(·, f) = W(·)'M W(f) of a fixed threshold f (see <see cref="CumulativeThresholdSearch"/>).
/// </summary>
/// <remarks>
/// W(γ)'W(γ) is not a prefix sum (T mixes a unit's periods), but per unit
/// ‖T v‖² = Σ_t v_t² − T·v̄² − (v_last − v̄)² (the last term only when the last period is dropped), so it
/// is updated in O(k_d²) when an observation enters. C(γ, f) = Σ_{q_o &lt; γ} x_o (T'T V(f))_o' − P₀(γ)P₀(f)'
/// is a prefix sum. Cross columns are cached per f (a pure function of f, so the cache never changes a
/// result) while all of them together would stay below 16 M doubles.
/// </remarks>
internal sealed class ThresholdGridGram
{
    private const long CacheLimit = 16L << 20;

    private readonly ThresholdSearchSetup _setup;
    private readonly int _kd, _kz, _n, _g;
    private readonly double[]?[]? _cross; // per fixed grid index f: C(·, f), computed on first use

    /// <summary>Observation indices in ascending order of the threshold variable (ties by index).</summary>
    public int[] Sorted { get; }

    /// <summary>[i·kd + k]: regime-dependent regressor k at the i-th observation in threshold order.</summary>
    public double[] XSorted { get; }

    /// <summary>Per grid index: number of observations with q below the grid value.</summary>
    public int[] Boundary { get; }

    /// <summary>Per grid index: P₀ (kd × kz, row-major).</summary>
    public double[] P0 { get; }

    /// <summary>Per grid index: A₀ (kd × kd, row-major).</summary>
    public double[] A0 { get; }

    /// <summary>Per grid index: diag(W'W), the scale of the degeneracy check.</summary>
    public double[] GDiag { get; }

    public ThresholdGridGram(ThresholdSearchSetup setup)
    {
        _setup = setup;
        var panel = setup.Panel;
        _kd = panel.Dependent.Length;
        _kz = setup.Basis.Length;
        _n = panel.Observations;
        _g = setup.Grid.Count;
        var q = panel.Q;
        var sorted = Enumerable.Range(0, _n).ToArray();
        // Ties by observation index: a fixed order keeps the rounding of the prefix sums identical run to run.
        Array.Sort(sorted, (a, b) => q[a] != q[b] ? q[a].CompareTo(q[b]) : a.CompareTo(b));
        Sorted = sorted;
        XSorted = new double[_n * _kd];
        for (int i = 0; i < _n; i++)
            for (int k = 0; k < _kd; k++) XSorted[i * _kd + k] = panel.Dependent[k][sorted[i]];
        var grid = setup.Grid.Values;
        Boundary = new int[_g];
        for (int g = 0, i = 0; g < _g; g++)
        {
            while (i < _n && q[sorted[i]] < grid[g]) i++;
            Boundary[g] = i;
        }
        P0 = new double[_g * _kd * _kz];
        A0 = new double[_g * _kd * _kd];
        GDiag = new double[_g * _kd];
        PrecomputeGram();
        if ((long)_g * _g * _kd * _kd <= CacheLimit) _cross = new double[_g][];
    }

    // P₀(γ) and A₀(γ) = W'W − P₀P₀' at every grid point, in one pass in threshold order.
    private void PrecomputeGram()
    {
        var panel = _setup.Panel;
        int kd = _kd, kz = _kz, units = panel.Units;
        var basisRaw = _setup.Basis.Select(b => { var raw = new double[_n]; panel.BackProject(b, raw); return raw; }).ToArray();
        var unitOf = new int[_n];
        var isLast = new bool[_n];
        for (int u = 0; u < units; u++)
        {
            for (int o = panel.ObsStart[u]; o < panel.ObsStart[u + 1]; o++) unitOf[o] = u;
            isLast[panel.ObsStart[u + 1] - 1] = panel.DropLast;
        }
        var p = new double[kd * kz];
        var gram = new double[kd * kd];
        var sum = new double[units * kd];
        var last = new double[units * kd];
        for (int i = 0, gi = 0; i <= _n; i++)
        {
            for (; gi < _g && Boundary[gi] == i; gi++)
            {
                Array.Copy(p, 0, P0, gi * kd * kz, kd * kz);
                for (int a = 0; a < kd; a++)
                {
                    GDiag[gi * kd + a] = gram[a * kd + a];
                    for (int b = 0; b < kd; b++)
                    {
                        double s = gram[a * kd + b];
                        for (int c = 0; c < kz; c++) s -= p[a * kz + c] * p[b * kz + c];
                        A0[(gi * kd + a) * kd + b] = s;
                    }
                }
            }
            if (i == _n) break;
            int obs = Sorted[i], unit = unitOf[obs], periods = panel.PeriodsOf(unit);
            UnitTerm(gram, sum, last, unit, periods, -1);
            for (int k = 0; k < kd; k++)
            {
                double x = XSorted[i * kd + k];
                sum[unit * kd + k] += x;
                if (isLast[obs]) last[unit * kd + k] = x;
                for (int b = 0; b < kd; b++) gram[k * kd + b] += x * XSorted[i * kd + b];
                for (int c = 0; c < kz; c++) p[k * kz + c] += x * basisRaw[c][obs];
            }
            UnitTerm(gram, sum, last, unit, periods, +1);
        }
    }

    // A unit's correction to Σ v v': −T·v̄v̄', and −(v_last − v̄)(v_last − v̄)' when the last period is
    // dropped. sign −1 removes the unit's term before an observation enters, +1 adds the new one.
    private void UnitTerm(double[] gram, double[] sum, double[] last, int unit, int periods, int sign)
    {
        int kd = _kd;
        bool dropLast = _setup.Panel.DropLast;
        for (int a = 0; a < kd; a++)
        {
            double meanA = sum[unit * kd + a] / periods, dA = last[unit * kd + a] - meanA;
            for (int b = 0; b < kd; b++)
            {
                double meanB = sum[unit * kd + b] / periods;
                double term = -periods * meanA * meanB;
                if (dropLast) term -= dA * (last[unit * kd + b] - meanB);
                gram[a * kd + b] += sign * term;
            }
        }
    }

    // C(γ, f) for every grid point γ: block [k, a] = W(γ)_k' M W(f)_a.
    public double[] Cross(int f, SearchWorkspace ws)
    {
        if (_cross?[f] is { } cached) return cached;
        var panel = _setup.Panel;
        int kd = _kd, kz = _kz;
        var tv = new double[kd][];
        for (int a = 0; a < kd; a++)
        {
            _setup.BelowColumn(a, _setup.Grid.Values[f], ws.RowScratch, ws.RawScratch);
            tv[a] = new double[_n];
            panel.BackProject(ws.RowScratch, tv[a]);   // T'T V(f)_a
        }
        var column = new double[_g * kd * kd];
        var s = new double[kd * kd];
        for (int i = 0, gi = 0; i <= _n; i++)
        {
            for (; gi < _g && Boundary[gi] == i; gi++)
                for (int k = 0; k < kd; k++)
                    for (int a = 0; a < kd; a++)
                    {
                        double v = s[k * kd + a];
                        for (int c = 0; c < kz; c++) v -= P0[(gi * kd + k) * kz + c] * P0[(f * kd + a) * kz + c];
                        column[(gi * kd + k) * kd + a] = v;
                    }
            if (i == _n) break;
            int obs = Sorted[i];
            for (int k = 0; k < kd; k++)
                for (int a = 0; a < kd; a++) s[k * kd + a] += XSorted[i * kd + k] * tv[a][obs];
        }
        // Values depend only on f, so whichever thread stores first, every reader sees the same numbers.
        if (_cross is not null) Interlocked.CompareExchange(ref _cross[f], column, null);
        return _cross?[f] ?? column;
    }
}
