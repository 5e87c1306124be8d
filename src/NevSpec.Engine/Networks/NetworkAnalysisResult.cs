namespace NevSpec.Engine.Networks;

/// <summary>
/// The result of a network analysis (metrics, centrality, communities, resilience, classes, ERGM), run on every period
/// of its network. The typed subclasses carry their plan and per-period results, or the error that stopped them.
/// </summary>
/// <param name="Name">The analysis' <c>let</c> name.</param>
/// <param name="Error">Why the analysis could not run (names file, column and line, or the period), or null.</param>
public abstract record NetworkAnalysisResult(string Name, string? Error)
{
    /// <summary>True when the analysis ran.</summary>
    public bool Succeeded => Error is null;

    /// <summary>What a reader should know: loading rules applied (summed repeats, self-loops), disconnected periods and
    /// which metrics use the largest component, degenerate cases.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
