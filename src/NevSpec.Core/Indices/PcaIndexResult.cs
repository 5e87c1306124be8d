namespace NevSpec.Core.Indices;

/// <summary>
/// A principal-component composite index: the composite per observation (NaN where an indicator is
/// missing), the scores of the retained components, and every component's eigenvalue, explained
/// variance, eigenvector and loadings.
/// </summary>
public sealed class PcaIndexResult
{
    private readonly double[] _scores;
    private readonly double[][] _componentScores;

    internal PcaIndexResult(string name, double[] scores, double[][] componentScores, IReadOnlyList<PcaComponent> components,
        IReadOnlyList<(string Name, IndicatorDirection Direction)> indicators, int nobs, int droppedMissing, IReadOnlyList<string> notes)
    {
        Name = name;
        _scores = scores;
        _componentScores = componentScores;
        Components = components.ToArray();
        IndicatorNames = indicators.Select(i => i.Name).ToArray();
        Directions = indicators.Select(i => i.Direction).ToArray();
        Nobs = nobs;
        DroppedMissing = droppedMissing;
        Notes = notes.ToArray();
    }

    /// <summary>Name of the index (the derived column).</summary>
    public string Name { get; }

    /// <summary>The composite index per input row, in input order; a copy.</summary>
    public double[] Scores => (double[])_scores.Clone();

    /// <summary>Scores of retained component <paramref name="number"/> (1-based) per input row; a copy.</summary>
    public double[] ComponentScores(int number)
    {
        if (number < 1 || number > RetainedComponents)
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Retained components are 1..{RetainedComponents}.");
        return (double[])_componentScores[number - 1].Clone();
    }

    /// <summary>All components, largest eigenvalue first.</summary>
    public IReadOnlyList<PcaComponent> Components { get; }

    /// <summary>Number of components in the composite.</summary>
    public int RetainedComponents => _componentScores.Length;

    /// <summary>Indicator names, the order of every eigenvector and loading vector.</summary>
    public IReadOnlyList<string> IndicatorNames { get; }

    /// <summary>Indicator directions, in <see cref="IndicatorNames"/> order.</summary>
    public IReadOnlyList<IndicatorDirection> Directions { get; }

    /// <summary>Observations used.</summary>
    public int Nobs { get; }

    /// <summary>Rows with a missing indicator (missing index).</summary>
    public int DroppedMissing { get; }

    /// <summary>Human-readable remarks (missing rows, how many components were retained and why).</summary>
    public IReadOnlyList<string> Notes { get; }
}
