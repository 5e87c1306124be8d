namespace NevSpec.Core.Indices;

/// <summary>
/// An entropy-weight composite index: the index per observation (NaN where an indicator, or the
/// period under per-period weights, is missing) and the weight table (indicator, direction, entropy,
/// weight; one block per period under per-period weights).
/// </summary>
public sealed class EntropyIndexResult
{
    private readonly double[] _scores;

    internal EntropyIndexResult(string name, double[] scores, IReadOnlyList<EntropyWeight> weights, EntropyIndexOptions options,
        int nobs, int droppedMissing, IReadOnlyList<string> notes)
    {
        Name = name;
        _scores = scores;
        Weights = weights.ToArray();
        Options = options;
        Nobs = nobs;
        DroppedMissing = droppedMissing;
        Notes = notes.ToArray();
    }

    /// <summary>Name of the index (the derived column).</summary>
    public string Name { get; }

    /// <summary>The index value of each input row, in input order; a copy.</summary>
    public double[] Scores => (double[])_scores.Clone();

    /// <summary>Index value of one row without copying.</summary>
    public double ScoreAt(int row) => _scores[row];

    /// <summary>The weight table in indicator order (per-period: period blocks in period order).</summary>
    public IReadOnlyList<EntropyWeight> Weights { get; }

    /// <summary>Weighting scheme and shift used.</summary>
    public EntropyIndexOptions Options { get; }

    /// <summary>Observations that entered the weights and have an index value.</summary>
    public int Nobs { get; }

    /// <summary>Rows with a missing index (missing indicator or period).</summary>
    public int DroppedMissing { get; }

    /// <summary>Human-readable remarks (missing rows).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The weight of an indicator: pooled (<paramref name="period"/> null) or in one period.</summary>
    public double WeightOf(string indicator, string? period = null) =>
        Weights.FirstOrDefault(w => w.Indicator == indicator && w.Period == period)?.Weight
        ?? throw new KeyNotFoundException($"No weight for indicator '{indicator}'{(period is null ? "" : $" in period {period}")}; " +
                                          $"the indicators are: {string.Join(", ", Weights.Select(w => w.Indicator).Distinct())}.");
}
