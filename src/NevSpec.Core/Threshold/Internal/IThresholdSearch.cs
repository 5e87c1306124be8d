namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// One threshold search: for outcome y (regression-row space) and thresholds held fixed (grid
/// indices), the SSR of the model with one more threshold at each candidate grid index.
/// </summary>
internal interface IThresholdSearch
{
    /// <summary>A workspace for one thread; searches on different threads need different workspaces.</summary>
    SearchWorkspace CreateWorkspace();

    /// <param name="y">Outcome in regression-row space.</param>
    /// <param name="fixedIndices">Grid indices of the thresholds held fixed.</param>
    /// <param name="candidates">Candidate grid indices, ascending.</param>
    /// <param name="ssr">When not null, receives the SSR per candidate (NaN where a regime would have no variation left).</param>
    /// <param name="workspace">Buffers from <see cref="CreateWorkspace"/>.</param>
    SearchOutcome Search(ReadOnlySpan<double> y, ReadOnlySpan<int> fixedIndices, int[] candidates, double[]? ssr, SearchWorkspace workspace);
}

/// <summary>SSR of the model with only the fixed thresholds, and the first candidate (position in the candidate array) with the smallest SSR (−1 when none is valid).</summary>
internal readonly record struct SearchOutcome(double NullSsr, int Best, double BestSsr);

/// <summary>Per-thread buffers of a search.</summary>
internal sealed class SearchWorkspace(int rows, int observations, int gridValues)
{
    public double[] U { get; } = new double[rows];
    public double[] RowScratch { get; } = new double[rows];
    public double[] URaw { get; } = new double[observations];
    public double[] RawScratch { get; } = new double[observations];
    public double[] GridValues { get; } = new double[gridValues];
}
