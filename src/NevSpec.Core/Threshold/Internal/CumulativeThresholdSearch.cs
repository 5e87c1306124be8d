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
/// A₀, P₀ and the columns C(·, f) do not depend on y: <see cref="ThresholdGridGram"/> computes them once
/// (C(·, f) on first use of f). With
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

    private readonly ThresholdSearchSetup _setup;
    private readonly ThresholdGridGram _gram;
    private readonly int _kd, _kz, _n, _g;

    public CumulativeThresholdSearch(ThresholdSearchSetup setup)
    {
        _setup = setup;
        _gram = new ThresholdGridGram(setup);
        _kd = setup.Panel.Dependent.Length;
        _kz = setup.Basis.Length;
        _n = setup.Panel.Observations;
        _g = setup.Grid.Count;
    }

    public SearchWorkspace CreateWorkspace() => new(_setup.Panel.Rows, _n, _g * _kd);

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
                for (int end = _gram.Boundary[g]; i < end; i++) acc += _gram.XSorted[i] * uRaw[_gram.Sorted[i]];
                a0[g] = acc;
            }
        }
        else
        {
            Span<double> acc = stackalloc double[kd];
            acc.Clear();
            for (int g = 0, i = 0; g <= last; g++)
            {
                for (int end = _gram.Boundary[g]; i < end; i++)
                {
                    double ur = uRaw[_gram.Sorted[i]];
                    for (int k = 0; k < kd; k++) acc[k] += _gram.XSorted[i * kd + k] * ur;
                }
                acc.CopyTo(a0.AsSpan(g * kd, kd));
            }
        }

        int m = fixedIndices.Length * kd, dim = m + kd;
        var columns = new double[fixedIndices.Length][];
        for (int j = 0; j < columns.Length; j++) columns[j] = _gram.Cross(fixedIndices[j], ws);

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
                hScale[r] = _gram.GDiag[fixedIndices[fi] * kd + a];
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
                aScale[k] = _gram.GDiag[g * kd + k];
                for (int k2 = 0; k2 <= k; k2++)
                {
                    double w = _gram.A0[(g * kd + k) * kd + k2];
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
        double a = a0, denominator = _gram.A0[g];
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
        return denominator > DegenerateTolerance * _gram.GDiag[g] ? nullSsr - a * a / denominator : double.NaN;
    }
}
