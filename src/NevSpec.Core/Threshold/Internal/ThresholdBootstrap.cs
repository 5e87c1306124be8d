namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// Hansen's fixed-regressor bootstrap of the F test of k − 1 against k thresholds (see
/// <see cref="ThresholdTest"/>), run in parallel over replicates with one random stream per replicate.
/// </summary>
/// <remarks>
/// Replicate r of the test with k thresholds draws from stream (k·2³² + r) of the seed, one unit index
/// per unit in the panel's canonical order: the draw for unit u is uniform over the units with as many
/// regression rows as u (all units in a balanced panel, which is Hansen's scheme). The replicate's
/// statistic depends only on (seed, k, r), never on the thread that computes it.
/// </remarks>
internal sealed class ThresholdBootstrap
{
    private readonly ThresholdSearchSetup _setup;
    private readonly IThresholdSearch _search;
    private readonly PanelThresholdOptions _options;
    private readonly int[][] _donors;   // per unit: the units whose residual vectors it may receive

    public ThresholdBootstrap(ThresholdSearchSetup setup, IThresholdSearch search, PanelThresholdOptions options)
    {
        _setup = setup;
        _search = search;
        _options = options;
        var panel = setup.Panel;
        var strata = Enumerable.Range(0, panel.Units).GroupBy(panel.RowsOf).ToDictionary(g => g.Key, g => g.ToArray());
        _donors = Enumerable.Range(0, panel.Units).Select(u => strata[panel.RowsOf(u)]).ToArray();
        LoneUnits = strata.Values.Where(s => s.Length == 1).Sum(s => s.Length);
    }

    /// <summary>Units that are alone with their number of periods (their bootstrap residuals are always their own).</summary>
    public int LoneUnits { get; }

    /// <summary>Bootstrap statistics of the test with <paramref name="order"/> thresholds under the alternative.</summary>
    public double[] Run(int order, double[] fitted, double[] residuals, IProgress<ThresholdProgress>? progress, string stage, CancellationToken cancellationToken)
    {
        int replications = _options.BootstrapReplications;
        var statistics = new double[replications];
        if (replications == 0) return statistics;
        int done = 0;
        progress?.Report(new ThresholdProgress(stage, 0, replications));
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, replications, parallel,
            () => new Worker(_search.CreateWorkspace(), new double[_setup.Panel.Rows]),
            (r, _, worker) =>
            {
                statistics[r] = Replicate(order, r, fitted, residuals, worker);
                int completed = Interlocked.Increment(ref done);
                if (progress is not null && (completed % 10 == 0 || completed == replications))
                    progress.Report(new ThresholdProgress(stage, completed, replications));
                return worker;
            },
            _ => { });
        return statistics;
    }

    private sealed record Worker(SearchWorkspace Workspace, double[] Y);

    private double Replicate(int order, int replicate, double[] fitted, double[] residuals, Worker worker)
    {
        var panel = _setup.Panel;
        var rng = Xoshiro256StarStar.ForStream(unchecked((ulong)_options.Seed), ((ulong)order << 32) | (uint)replicate);
        var y = worker.Y;
        for (int u = 0; u < panel.Units; u++)
        {
            var donors = _donors[u];
            int donor = donors[rng.NextInt(donors.Length)];
            int to = panel.RowStart[u], from = panel.RowStart[donor], rows = panel.RowsOf(u);
            for (int i = 0; i < rows; i++) y[to + i] = fitted[to + i] + residuals[from + i];
        }

        Span<int> fixedIndices = stackalloc int[order];
        var grid = _setup.Grid;
        for (int step = 1; step <= order; step++)
        {
            var fixedSoFar = fixedIndices[..(step - 1)];
            int[] candidates = step == 1 ? grid.All() : grid.Candidates(fixedSoFar, _options.TrimmingAt(step));
            var outcome = _search.Search(y, fixedSoFar, candidates, null, worker.Workspace);
            if (outcome.Best < 0) return 0;   // no valid candidate: no evidence for one more threshold
            if (step == order)
                return panel.WithinDf * (outcome.NullSsr / outcome.BestSsr - 1);
            fixedIndices[step - 1] = candidates[outcome.Best];
        }
        throw new InvalidOperationException("unreachable");
    }
}
