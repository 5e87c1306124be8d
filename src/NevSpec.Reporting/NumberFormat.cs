using System.Globalization;

namespace NevSpec.Reporting;

/// <summary>Invariant-culture number formatting for tables (results files keep full precision).</summary>
public static class NumberFormat
{
    /// <summary>
    /// Fixed decimals, switching to scientific notation when a non-zero value would print as zero,
    /// so a tiny coefficient never masquerades as 0.0000.
    /// </summary>
    public static string Fixed(double value, int decimals = 4)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "∞" : "−∞";
        if (value != 0 && Math.Abs(value) < 0.5 * Math.Pow(10, -decimals))
            return value.ToString("0.00E+0", CultureInfo.InvariantCulture);
        return value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    public static string Integer(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
