namespace NevSpec.Core.Networks;

/// <summary>Result of a Jenks natural-breaks classification.</summary>
/// <param name="Breaks">k + 1 data values: minimum, then the upper bound of classes 1..k (class 1 = [b0, b1], class j = (b_{j−1}, b_j]).</param>
/// <param name="ClassCounts">Number of values in each class under that closure.</param>
/// <param name="Sdcm">Sum of squared deviations from the class means (within-class).</param>
/// <param name="Sdam">Sum of squared deviations from the overall mean.</param>
/// <param name="Gvf">Goodness of variance fit 1 − SDCM/SDAM (1 when SDAM = 0: all values equal, perfectly classified).</param>
public sealed record JenksResult(IReadOnlyList<double> Breaks, IReadOnlyList<int> ClassCounts, double Sdcm, double Sdam, double Gvf)
{
    /// <summary>Class (0-based) of a value under the breaks: the first j with value ≤ Breaks[j + 1]; values above the maximum go to the last class.</summary>
    public int ClassOf(double value)
    {
        for (int j = 1; j < Breaks.Count; j++) if (value <= Breaks[j]) return j - 1;
        return Breaks.Count - 2;
    }
}
