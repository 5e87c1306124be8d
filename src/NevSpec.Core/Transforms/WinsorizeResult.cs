namespace NevSpec.Core.Transforms;

/// <summary>
/// A winsorized variable: the new values (missing stays missing), the lower and upper cut-offs, how
/// many values were raised to the lower and lowered to the upper cut-off, and the definition used.
/// </summary>
public sealed class WinsorizeResult
{
    private readonly double[] _values;

    internal WinsorizeResult(string name, double[] values, double lower, double upper, double lowerP, double upperP,
        int replacedLow, int replacedHigh, int nobs, PercentileDefinition definition)
    {
        Name = name;
        _values = values;
        Lower = lower;
        Upper = upper;
        LowerP = lowerP;
        UpperP = upperP;
        ReplacedLow = replacedLow;
        ReplacedHigh = replacedHigh;
        Nobs = nobs;
        Definition = definition;
    }

    /// <summary>Name of the variable.</summary>
    public string Name { get; }

    /// <summary>The winsorized values, in input order; a copy.</summary>
    public double[] Values => (double[])_values.Clone();

    /// <summary>Lower cut-off (the <see cref="LowerP"/> percentile).</summary>
    public double Lower { get; }

    /// <summary>Upper cut-off (the <see cref="UpperP"/> percentile).</summary>
    public double Upper { get; }

    /// <summary>Lower tail probability (e.g. 0.01).</summary>
    public double LowerP { get; }

    /// <summary>Upper percentile probability (e.g. 0.99).</summary>
    public double UpperP { get; }

    /// <summary>Values below <see cref="Lower"/> that were set to it.</summary>
    public int ReplacedLow { get; }

    /// <summary>Values above <see cref="Upper"/> that were set to it.</summary>
    public int ReplacedHigh { get; }

    /// <summary>Non-missing values the cut-offs were computed from.</summary>
    public int Nobs { get; }

    /// <summary>Percentile definition of the cut-offs.</summary>
    public PercentileDefinition Definition { get; }
}
