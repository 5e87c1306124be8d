namespace NevSpec.Core.Tests.Support;

internal static class Near
{
    /// <summary>Asserts |actual − expected| ≤ rel·|expected| and names the quantity on failure.</summary>
    public static void Relative(double expected, double actual, double rel, string what)
    {
        double err = Math.Abs(actual - expected);
        Assert.True(err <= rel * Math.Abs(expected),
            $"{what}: expected {expected:R}, got {actual:R} (relative error {err / Math.Abs(expected):G3} > {rel:G3})");
    }

    /// <summary>Log relative error (number of correct significant digits), NIST StRD's accuracy measure.</summary>
    public static double Lre(double expected, double actual)
    {
        if (actual == expected) return 15;
        return expected == 0 ? -Math.Log10(Math.Abs(actual)) : -Math.Log10(Math.Abs(actual - expected) / Math.Abs(expected));
    }
}
