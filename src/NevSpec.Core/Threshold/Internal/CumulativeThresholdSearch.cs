namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// The SSR at every grid point from cumulative cross-products over the observations sorted once by
/// the threshold variable: a search costs O(N·k) plus O((m + k_d)³) per grid point for m fixed regime
/// columns, instead of a regression per grid point.
/// </summary>
/// <remarks>
/// Notation: Q₀ orthonormal basis of the linear part, M = I − Q₀Q₀', V(γ) = X_d·1(q &lt; γ) in raw space,
/// W(γ) = T·V(γ) the regime columns, F the fixed thresholds, u = M y. Since W(γ)'r = V(γ)'(T'r) for
/// any row-space r, every W(γ)'r is a prefix sum over observations in threshold order:
/// a₀(γ) = W(γ)'u = Σ_{q_o &lt; γ} x_o (T'u)_o, P₀(γ) = W(γ)'Q₀,
/// C(γ, f) = W(γ)'M W(f) = Σ_{q_o &lt; γ} x_o (T'T V(f))_o' − P₀(γ)P₀(f)', A₀(γ) = C(γ, γ).
/// W(γ)'W(γ) is not a prefix sum, but per unit ‖T v‖² = Σ_t v_t² − T·v̄² − (v_last − v̄)² (last term only
/// when the last period is dropped) is updated in O(k_d²) when an observation enters. A₀, P₀ and the
/// columns C(·, f) do not depend on y: they are computed once (C(·, f) on first use of f). With
/// H = C(F, F) = LL', b = a₀(F), z = L⁻¹b and Y(γ) = L⁻¹C(F, γ), partitioned least squares gives
/// SSR₀ = u'u − z'z for the model with the fixed thresholds and
/// SSR(γ) = SSR₀ − a'A⁻¹a, a = a₀(γ) − Y'z, A = A₀(γ) − Y'Y (Frisch–Waugh–Lovell).
/// Per search: u and T'u in O(N·k₀), one prefix pass in O(N·k_d), then O(m²k_d + k_d³) per grid point.
/// Model: Hansen (1999), J. Econometrics 93:345–368.
/// </remarks>
internal sealed class CumulativeThresholdSearch : IThresholdSearch
{
    // A candidate whose regime columns keep less than this share of their squared norm after
    // projecting out the other columns has no variation of its own (e.g. it coincides with a fixed threshold).
    private const double DegenerateTolerance = 1e-10;

    // Cache the cross columns C(·, f) only while all of them together stay below 16 M doubles.
    private const long CacheLimit = 16L << 20;

    private readonly ThresholdSearchSetup _setup;
    private readonly int _kd, _kz, _n, _g;
    private readonly int[] _sorted;
    private readonly double[] _xSorted;   // [i·kd + k]: regressor k at the i-th observation in q order
    private readonly int[] _boundary;     // per grid index: number of observations with q < value
    private readonly double[] _p0;        // per grid index: P₀ (kd × kz)
    private readonly double[] _a0;        // per grid index: A₀ (kd × kd)
    private readonly double[] _gDiag;     // per grid index: diag(W'W)
    private readonly double[]?[]? _cross; // per fixed grid index f: C(·, f), computed on first use

    public CumulativeThresholdSearch(ThresholdSearchSetup setup)
    {
        _setup = setup;
        var panel = setup.Panel;
        _kd = panel.Dependent.Length;
        _kz = setup.Basis.Length;
        _n = panel.Observations;
        _g = setup.Grid.Count;
        var q = panel.Q;
        _sorted = Enumerable.Range(0, _n).ToArray();
        // Ties by observation index: a fixed order keeps the rounding of the prefix sums identical run to run.
        Array.Sort(_sorted, (a, b) => q[a] != q[b] ? q[a].CompareTo(q[b]) : a.CompareTo(b));
        _xSorted = new double[_n * _kd];
        for (int i = 0; i < _n; i++)
            for (int k = 0; k < _kd; k++) _xSorted[i * _kd + k] = panel.Dependent[k][_sorted[i]];
        var grid = setup.Grid.Values;
        _boundary = new int[_g];
        for (int g = 0, i = 0; g < _g; g++)
        {
            while (i < _n && q[_sorted[i]] < grid[g]) i++;
            _boundary[g] = i;
        }
        _p0 = new double[_g * _kd * _kz];
        _a0 = new double[_g * _kd * _kd];
        _gDiag = new double[_g * _kd];
        PrecomputeGram();
        if ((long)_g * _g * _kd * _kd <= CacheLimit) _cross = new double[_g][];
    }

    public SearchWorkspace CreateWorkspace() => new(_setup.Panel.Rows, _n, _g * _kd);

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
            for (; gi < _g && _boundary[gi] == i; gi++)
            {
                Array.Copy(p, 0, _p0, gi * kd * kz, kd * kz);
                for (int a = 0; a < kd; a++)
                {
                    _gDiag[gi * kd + a] = gram[a * kd + a];
                    for (int b = 0; b < kd; b++)
                    {
                        double s = gram[a * kd + b];
                        for (int c = 0; c < kz; c++) s -= p[a * kz + c] * p[b * kz + c];
                        _a0[(gi * kd + a) * kd + b] = s;
                    }
                }
            }
            if (i == _n) break;
            int obs = _sorted[i], unit = unitOf[obs], periods = panel.PeriodsOf(unit);
            UnitTerm(gram, sum, last, unit, periods, -1);
            for (int k = 0; k < kd; k++)
            {
                double x = _xSorted[i * kd + k];
                sum[unit * kd + k] += x;
                if (isLast[obs]) last[unit * kd + k] = x;
                for (int b = 0; b < kd; b++) gram[k * kd + b] += x * _xSorted[i * kd + b];
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
    private double[] Cross(int f, SearchWorkspace ws)
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
            for (; gi < _g && _boundary[gi] == i; gi++)
                for (int k = 0; k < kd; k++)
                    for (int a = 0; a < kd; a++)
                    {
                        double v = s[k * kd + a];
                        for (int c = 0; c < kz; c++) v -= _p0[(gi * kd + k) * kz + c] * _p0[(f * kd + a) * kz + c];
                        column[(gi * kd + k) * kd + a] = v;
                    }
            if (i == _n) break;
            int obs = _sorted[i];
            for (int k = 0; k < kd; k++)
                for (int a = 0; a < kd; a++) s[k * kd + a] += _xSorted[i * kd + k] * tv[a][obs];
        }
        // Values depend only on f, so whichever thread stores first, every reader sees the same numbers.
        if (_cross is not null) Interlocked.CompareExchange(ref _cross[f], column, null);
        return _cross?[f] ?? column;
    }

    // u = y − Q₀(Q₀'y) and u'u. Q₀ is orthonormal to working precision (Gram–Schmidt twice), so one
    // projection suffices; the inner products use four accumulators (a fixed order on every machine).
    private double Project(ReadOnlySpan<double> y, Span<double> u)
    {
        var basis = _setup.Basis;
        Span<double> coef = stackalloc double[_kz];
        for (int j = 0; j < coef.Length; j++) coef[j] = Orthonormal.Dot4(basis[j], y);
        y.CopyTo(u);
        int kz = coef.Length, b = 0;
        for (; b + 2 <= kz; b += 2)   // two basis vectors per pass over u
        {
            double c0 = coef[b], c1 = coef[b + 1];
            ReadOnlySpan<double> q0 = basis[b].AsSpan(0, u.Length), q1 = basis[b + 1].AsSpan(0, u.Length);
            for (int i = 0; i < u.Length; i++) u[i] -= c0 * q0[i] + c1 * q1[i];
        }
        if (b < kz)
        {
            double c0 = coef[b];
            ReadOnlySpan<double> q0 = basis[b].AsSpan(0, u.Length);
            for (int i = 0; i < u.Length; i++) u[i] -= c0 * q0[i];
        }
        return Orthonormal.Dot4(u, u);
    }

    public SearchOutcome Search(ReadOnlySpan<double> y, ReadOnlySpan<int> fixedIndices, int[] candidates, double[]? ssr, SearchWorkspace ws)
    {
        var panel = _setup.Panel;
        int kd = _kd;
        var u = ws.U;
        double uu = Project(y, u);
        panel.BackProject(u, ws.URaw);

        // a₀(γ) = W(γ)'u at every grid point up to the last one needed.
        int last = candidates.Length > 0 ? candidates[^1] : -1;
        foreach (int f in fixedIndices) last = Math.Max(last, f);
        var a0 = ws.GridValues;
        var uRaw = ws.URaw;
        if (kd == 1)
        {
            double acc = 0;   // a local, not a span element, so the sum is not a store-to-load chain
            for (int g = 0, i = 0; g <= last; g++)
            {
                for (int end = _boundary[g]; i < end; i++) acc += _xSorted[i] * uRaw[_sorted[i]];
                a0[g] = acc;
            }
        }
        else
        {
            Span<double> acc = stackalloc double[kd];
            acc.Clear();
            for (int g = 0, i = 0; g <= last; g++)
            {
                for (int end = _boundary[g]; i < end; i++)
                {
                    double ur = uRaw[_sorted[i]];
                    for (int k = 0; k < kd; k++) acc[k] += _xSorted[i * kd + k] * ur;
                }
                acc.CopyTo(a0.AsSpan(g * kd, kd));
            }
        }

        int m = fixedIndices.Length * kd, dim = m + kd;
        var columns = new double[fixedIndices.Length][];
        for (int j = 0; j < columns.Length; j++) columns[j] = Cross(fixedIndices[j], ws);

        // H = C(F, F) = LL', z = L⁻¹ a₀(F), SSR₀ = u'u − z'z.
        Span<double> work = stackalloc double[2 * m * m + 2 * m + m * kd + 3 * kd * kd + 2 * kd];
        Span<double> h = work[..(m * m)], l = work.Slice(m * m, m * m), hScale = work.Slice(2 * m * m, m), z = work.Slice(2 * m * m + m, m);
        Span<double> yMat = work.Slice(2 * m * m + 2 * m, m * kd), rest = work[(2 * m * m + 2 * m + m * kd)..];
        Span<double> aMat = rest[..(kd * kd)], aChol = rest.Slice(kd * kd, kd * kd), aVec = rest.Slice(2 * kd * kd, kd);
        Span<double> aScale = rest.Slice(2 * kd * kd + kd, kd);
        for (int fi = 0; fi < fixedIndices.Length; fi++)
            for (int a = 0; a < kd; a++)
            {
                int r = fi * kd + a;
                z[r] = a0[fixedIndices[fi] * kd + a];
                hScale[r] = _gDiag[fixedIndices[fi] * kd + a];
                for (int fj = 0; fj < fixedIndices.Length; fj++)
                    for (int b = 0; b < kd; b++)
                        h[r * m + fj * kd + b] = columns[fj][(fixedIndices[fi] * kd + a) * kd + b];
            }
        if (m > 0)
        {
            SmallCholesky.Factor(h, l, m, hScale, DegenerateTolerance);
            SmallCholesky.ForwardSolve(l, z, m);
        }
        double nullSsr = uu - Orthonormal.Dot(z, z);

        double bestSsr = double.PositiveInfinity;
        int best = -1;
        for (int c = 0; c < candidates.Length; c++)
        {
            int g = candidates[c];
            double value = kd == 1 ? ScalarSsr(g, m, columns, l, z, yMat, a0[g], nullSsr) : double.NaN;
            if (kd == 1)
            {
                if (ssr is not null) ssr[c] = value;
                if (value < bestSsr) { bestSsr = value; best = c; }
                continue;
            }
            for (int r = 0; r < m; r++)
                for (int k = 0; k < kd; k++) yMat[r * kd + k] = columns[r / kd][(g * kd + k) * kd + r % kd];
            if (m > 0) SmallCholesky.ForwardSolve(l, yMat, m, kd);
            for (int k = 0; k < kd; k++)
            {
                double v = a0[g * kd + k];
                for (int r = 0; r < m; r++) v -= yMat[r * kd + k] * z[r];
                aVec[k] = v;
                aScale[k] = _gDiag[g * kd + k];
                for (int k2 = 0; k2 <= k; k2++)
                {
                    double w = _a0[(g * kd + k) * kd + k2];
                    for (int r = 0; r < m; r++) w -= yMat[r * kd + k] * yMat[r * kd + k2];
                    aMat[k * kd + k2] = w;
                }
            }
            if (SmallCholesky.Factor(aMat, aChol, kd, aScale, DegenerateTolerance))
            {
                SmallCholesky.ForwardSolve(aChol, aVec, kd);
                value = nullSsr - Orthonormal.Dot(aVec, aVec);
            }
            if (ssr is not null) ssr[c] = value;
            if (value < bestSsr) { bestSsr = value; best = c; }
        }
        return new SearchOutcome(nullSsr, best, best < 0 ? double.NaN : bestSsr);
    }

    // The k_d = 1 case of the candidate formula, with scalars: a = a₀ − y'z, A = A₀ − y'y, y = L⁻¹C(F, γ).
    private double ScalarSsr(int g, int m, double[][] columns, ReadOnlySpan<double> l, ReadOnlySpan<double> z, Span<double> y, double a0, double nullSsr)
    {
        double a = a0, denominator = _a0[g];
        if (m > 0)
        {
            for (int r = 0; r < m; r++) y[r] = columns[r][g];
            SmallCholesky.ForwardSolve(l, y, m);
            for (int r = 0; r < m; r++)
            {
                a -= y[r] * z[r];
                denominator -= y[r] * y[r];
            }
        }
        return denominator > DegenerateTolerance * _gDiag[g] ? nullSsr - a * a / denominator : double.NaN;
    }
}
