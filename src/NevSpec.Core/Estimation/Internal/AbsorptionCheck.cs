namespace NevSpec.Core.Estimation.Internal;

/// <summary>
/// The one rule for "this regressor was absorbed by the fixed effects", shared by OLS, IV and the threshold
/// search so that all three drop the same columns: what demeaning leaves of x is at most 1e-6 of x's
/// spread around its mean, or at most 1e-11 of its level (which catches a constant, whose deviation from
/// its computed mean is itself rounding noise). 1e-6 sits well above what an absorbed variable leaves
/// behind at the demeaning tolerance of 1e-8.
/// </summary>
internal static class AbsorptionCheck
{
    private const double AbsorbedTolerance = 1e-6;
    private const double LevelTolerance = 1e-11;

    /// <summary>True when <paramref name="demeaned"/> is what the fixed effects left of <paramref name="raw"/> and that is nothing.</summary>
    public static bool IsAbsorbed(double[] demeaned, double[] raw) => MaxAbs(demeaned) <= Threshold(raw);

    public static double MaxAbs(double[] x)
    {
        double m = 0;
        foreach (double v in x) m = Math.Max(m, Math.Abs(v));
        return m;
    }

    /// <summary>The rows of <paramref name="values"/> listed in <paramref name="rows"/>, in that order.</summary>
    public static double[] Subset(double[] values, int[] rows)
    {
        var result = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++) result[i] = values[rows[i]];
        return result;
    }

    private static double Threshold(double[] x)
    {
        double mean = x.Average(), deviation = 0;
        foreach (double v in x) deviation = Math.Max(deviation, Math.Abs(v - mean));
        return Math.Max(AbsorbedTolerance * deviation, LevelTolerance * MaxAbs(x));
    }
}
