namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// The SSR at every grid point by one least-squares regression per grid point (Householder QR of the
/// full design), as Hansen's <c>thr_sse</c> does. The reference the cumulative search is tested and
/// benchmarked against.
/// </summary>
internal sealed class NaiveThresholdSearch(ThresholdSearchSetup setup) : IThresholdSearch
{
    public SearchWorkspace CreateWorkspace() => new(setup.Panel.Rows, setup.Panel.Observations, 0);

    public SearchOutcome Search(ReadOnlySpan<double> y, ReadOnlySpan<int> fixedIndices, int[] candidates, double[]? ssr, SearchWorkspace workspace)
    {
        int kd = setup.Panel.Dependent.Length, rows = setup.Panel.Rows;
        var columns = new List<double[]>(setup.Linear);
        foreach (int f in fixedIndices)
            for (int k = 0; k < kd; k++)
            {
                var column = new double[rows];
                setup.BelowColumn(k, setup.Grid.Values[f], column, workspace.RawScratch);
                columns.Add(column);
            }
        int baseCount = columns.Count;
        var yCopy = y.ToArray();
        double nullSsr = Ssr(columns, yCopy, out _);
        for (int k = 0; k < kd; k++) columns.Add(new double[rows]);

        double bestSsr = double.PositiveInfinity;
        int best = -1;
        for (int c = 0; c < candidates.Length; c++)
        {
            for (int k = 0; k < kd; k++)
                setup.BelowColumn(k, setup.Grid.Values[candidates[c]], columns[baseCount + k], workspace.RawScratch);
            double value = Ssr(columns, yCopy, out var collinear);
            // A candidate column collinear with the others adds no regime of its own: not a threshold.
            if (collinear.Any(j => j >= baseCount)) value = double.NaN;
            if (ssr is not null) ssr[c] = value;
            if (value < bestSsr) { bestSsr = value; best = c; }
        }
        return new SearchOutcome(nullSsr, best, best < 0 ? double.NaN : bestSsr);
    }

    // Householder QR with R-style limited pivoting (a column whose remaining norm is below 1e-7 of its
    // own is set aside); SSR = squared norm of the part of Q'y below the kept columns.
    private static double Ssr(IReadOnlyList<double[]> columns, double[] y, out List<int> collinear)
    {
        int n = y.Length;
        var work = columns.Select(c => (double[])c.Clone()).ToArray();
        var qty = (double[])y.Clone();
        collinear = [];
        int r = 0;
        for (int j = 0; j < work.Length; j++)
        {
            var col = work[j];
            double original = Math.Sqrt(Orthonormal.Dot(col, col));
            double norm = r < n ? Math.Sqrt(Orthonormal.Dot(col.AsSpan(r), col.AsSpan(r))) : 0;
            if (original == 0 || norm <= Orthonormal.CollinearTolerance * original) { collinear.Add(j); continue; }
            double alpha = col[r] >= 0 ? -norm : norm;
            col[r] -= alpha;
            double vtv = Orthonormal.Dot(col.AsSpan(r), col.AsSpan(r));
            for (int l = j + 1; l < work.Length; l++) Reflect(col, work[l], r, vtv);
            Reflect(col, qty, r, vtv);
            r++;
        }
        double ssr = 0;
        for (int i = r; i < n; i++) ssr += qty[i] * qty[i];
        return ssr;
    }

    private static void Reflect(double[] v, double[] target, int r, double vtv)
    {
        double f = 2 * Orthonormal.Dot(v.AsSpan(r), target.AsSpan(r)) / vtv;
        for (int i = r; i < v.Length; i++) target[i] -= f * v[i];
    }
}
