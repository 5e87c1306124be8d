namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// The SSR at every grid point from cumulative cross-products over the observations sorted once by
/// the threshold variable: a search costs O(N·k) plus O(k_d³) per grid point, instead of a regression
/// per grid point.
/// </summary>
/// <remarks>
/// Let Z be the design of the model with the fixed thresholds (orthonormal basis Q = [Q₀, E]: Q₀ the
/// linear part, E the regime columns of the fixed thresholds) and W(γ) = T·V(γ) with V(γ) = X_d·1(q &lt; γ)
/// in raw space. By Frisch–Waugh–Lovell,
/// SSR(γ) = u'u − a(γ)' A(γ)⁻¹ a(γ), u = M_Z y, a(γ) = W'u = Σ_{q_o &lt; γ} x_o (T'u)_o,
/// A(γ) = W'M_Z W = W'W − Σ_b (W'q_b)(W'q_b)', W'q_b = Σ_{q_o &lt; γ} x_o (T'q_b)_o.
/// Every sum over {q_o &lt; γ} is a prefix sum in threshold order. W'W is not (T mixes periods), but per
/// unit ‖T v‖² = Σ_t v_t² − T·v̄² − (v_last − v̄)² (the last term only when the last period is
/// dropped), so it is updated in O(k_d²) when one observation enters. W'W and the Q₀ part do not
/// depend on y and are computed once (A₀(γ)); a search then costs O(N·(k₀ + m)) for m fixed columns.
/// Hansen (1999), J. Econometrics 93, sec. 3, for the model; the updating is standard (e.g. Hansen
/// 2000, Econometrica 68, computes threshold SSRs the same way in the cross-section).
/// </remarks>
internal sealed class CumulativeThresholdSearch : IThresholdSearch
{
    // A candidate whose regime columns keep less than this share of their squared norm after
    // projecting out Z has no variation of its own (e.g. it coincides with a fixed threshold).
    private const double DegenerateTolerance = 1e-10;

    private readonly ThresholdSearchSetup _setup;
    private readonly int _kd, _n;
    private readonly int[] _sorted;
    private readonly double[] _xSorted;   // [i·kd + k]: regressor k at the i-th observation in q order
    private readonly int[] _boundary;     // per grid index: number of observations with q < value
    private readonly double[] _a0;        // per grid index: A₀ (kd × kd, row-major)
    private readonly double[] _gDiag;     // per grid index: diag(W'W)

    public CumulativeThresholdSearch(ThresholdSearchSetup setup)
    {
        _setup = setup;
        var panel = setup.Panel;
        _kd = panel.Dependent.Length;
        _n = panel.Observations;
        var q = panel.Q;
        _sorted = Enumerable.Range(0, _n).ToArray();
        // Ties by observation index: the order within a tie never matters for a prefix sum that stops
        // only between distinct values, but a fixed order keeps the rounding identical run to run.
        Array.Sort(_sorted, (a, b) => q[a] != q[b] ? q[a].CompareTo(q[b]) : a.CompareTo(b));
        _xSorted = new double[_n * _kd];
        for (int i = 0; i < _n; i++)
            for (int k = 0; k < _kd; k++) _xSorted[i * _kd + k] = panel.Dependent[k][_sorted[i]];
        var grid = setup.Grid.Values;
        _boundary = new int[grid.Length];
        for (int g = 0, i = 0; g < grid.Length; g++)
        {
            while (i < _n && q[_sorted[i]] < grid[g]) i++;
            _boundary[g] = i;
        }
        _a0 = new double[grid.Length * _kd * _kd];
        _gDiag = new double[grid.Length * _kd];
        PrecomputeA0();
    }

    public SearchWorkspace CreateWorkspace() =>
        new(_setup.Panel.Rows, _n, 2 * _kd);

    private void PrecomputeA0()
    {
        var panel = _setup.Panel;
        int kd = _kd, kz = _setup.Basis.Length, units = panel.Units;
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
        var x = new double[kd];
        int gCount = _boundary.Length, gi = 0;
        for (int i = 0; i <= _n; i++)
        {
            for (; gi < gCount && _boundary[gi] == i; gi++)
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
            if (i == _n) break;
            int obs = _sorted[i], unit = unitOf[obs];
            for (int k = 0; k < kd; k++) x[k] = _xSorted[i * kd + k];
            AddUnitTerm(gram, sum, last, unit, panel.PeriodsOf(unit), -1);
            for (int k = 0; k < kd; k++)
            {
                sum[unit * kd + k] += x[k];
                if (isLast[obs]) last[unit * kd + k] = x[k];
            }
            for (int a = 0; a < kd; a++)
                for (int b = 0; b < kd; b++) gram[a * kd + b] += x[a] * x[b];
            AddUnitTerm(gram, sum, last, unit, panel.PeriodsOf(unit), +1);
            for (int a = 0; a < kd; a++)
                for (int c = 0; c < kz; c++) p[a * kz + c] += x[a] * basisRaw[c][obs];
        }
    }

    // The unit's correction to Σ v v': −T·v̄v̄', and −(v_last − v̄)(v_last − v̄)' when the last period
    // is dropped. sign −1 removes the unit's current term before an observation enters, +1 adds the new one.
    private void AddUnitTerm(double[] gram, double[] sum, double[] last, int unit, int periods, int sign)
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

    public SearchOutcome Search(ReadOnlySpan<double> y, ReadOnlySpan<int> fixedIndices, int[] candidates, double[]? ssr, SearchWorkspace ws)
    {
        var panel = _setup.Panel;
        var basis = _setup.Basis;
        int kd = _kd;
        var u = ws.U;
        y.CopyTo(u);
        for (int b = 0; b < basis.Length; b++) Orthonormal.Subtract(u, basis[b]);

        // Regime columns of the fixed thresholds, orthonormalised against Q₀ and each other.
        int m = 0;
        var extended = new List<double[]>(basis);
        foreach (int f in fixedIndices)
            for (int k = 0; k < kd; k++)
            {
                var e = ws.Extra[m];
                _setup.BelowColumn(k, _setup.Grid.Values[f], e, ws.RawScratch);
                if (!Orthonormal.TryExtend(e, extended, extended.Count)) continue;
                extended.Add(e);
                Orthonormal.Subtract(u, e);
                panel.BackProject(e, ws.ExtraRaw[m]);
                m++;
            }
        double nullSsr = Orthonormal.Dot(u, u);
        panel.BackProject(u, ws.URaw);

        return kd == 1 ? ScanSingle(candidates, ssr, ws, m, nullSsr) : ScanGeneral(candidates, ssr, ws, m, nullSsr);
    }

    private SearchOutcome ScanSingle(int[] candidates, double[]? ssr, SearchWorkspace ws, int m, double nullSsr)
    {
        var uRaw = ws.URaw;
        var extraRaw = ws.ExtraRaw;
        Span<double> p = stackalloc double[Math.Max(m, 1)];
        p.Clear();
        double a = 0, bestSsr = double.PositiveInfinity;
        int best = -1, i = 0;
        for (int c = 0; c < candidates.Length; c++)
        {
            int g = candidates[c], end = _boundary[g];
            for (; i < end; i++)
            {
                int obs = _sorted[i];
                double x = _xSorted[i];
                a += x * uRaw[obs];
                for (int l = 0; l < m; l++) p[l] += x * extraRaw[l][obs];
            }
            double den = _a0[g];
            for (int l = 0; l < m; l++) den -= p[l] * p[l];
            double value = den > DegenerateTolerance * _gDiag[g] ? nullSsr - a * a / den : double.NaN;
            if (ssr is not null) ssr[c] = value;
            if (value < bestSsr) { bestSsr = value; best = c; }
        }
        return new SearchOutcome(nullSsr, best, best < 0 ? double.NaN : bestSsr);
    }

    private SearchOutcome ScanGeneral(int[] candidates, double[]? ssr, SearchWorkspace ws, int m, double nullSsr)
    {
        int kd = _kd;
        var uRaw = ws.URaw;
        var extraRaw = ws.ExtraRaw;
        var a = new double[kd];
        var p = new double[Math.Max(m, 1) * kd];
        var chol = new double[kd * kd];
        var z = new double[kd];
        double bestSsr = double.PositiveInfinity;
        int best = -1, i = 0;
        for (int c = 0; c < candidates.Length; c++)
        {
            int g = candidates[c], end = _boundary[g];
            for (; i < end; i++)
            {
                int obs = _sorted[i];
                double ur = uRaw[obs];
                for (int k = 0; k < kd; k++)
                {
                    double x = _xSorted[i * kd + k];
                    a[k] += x * ur;
                    for (int l = 0; l < m; l++) p[l * kd + k] += x * extraRaw[l][obs];
                }
            }
            double value = ReducedSsr(g, m, a, p, chol, z, nullSsr);
            if (ssr is not null) ssr[c] = value;
            if (value < bestSsr) { bestSsr = value; best = c; }
        }
        return new SearchOutcome(nullSsr, best, best < 0 ? double.NaN : bestSsr);
    }

    // nullSsr − a'A⁻¹a with A = A₀ − Σ_l p_l p_l', by Cholesky; NaN when A is (numerically) singular.
    private double ReducedSsr(int g, int m, double[] a, double[] p, double[] chol, double[] z, double nullSsr)
    {
        int kd = _kd;
        for (int r = 0; r < kd; r++)
            for (int s = 0; s <= r; s++)
            {
                double v = _a0[(g * kd + r) * kd + s];
                for (int l = 0; l < m; l++) v -= p[l * kd + r] * p[l * kd + s];
                for (int t = 0; t < s; t++) v -= chol[r * kd + t] * chol[s * kd + t];
                if (r == s)
                {
                    if (!(v > DegenerateTolerance * _gDiag[g * kd + r])) return double.NaN;
                    chol[r * kd + r] = Math.Sqrt(v);
                }
                else chol[r * kd + s] = v / chol[s * kd + s];
            }
        double reduction = 0;
        for (int r = 0; r < kd; r++)
        {
            double v = a[r];
            for (int t = 0; t < r; t++) v -= chol[r * kd + t] * z[t];
            z[r] = v / chol[r * kd + r];
            reduction += z[r] * z[r];
        }
        return nullSsr - reduction;
    }
}
