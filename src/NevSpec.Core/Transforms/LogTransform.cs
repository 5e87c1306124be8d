using System.Globalization;
using NevSpec.Core.Estimation;

namespace NevSpec.Core.Transforms;

/// <summary>The natural logarithm of a variable, refusing non-positive values instead of returning NaN or −∞.</summary>
/// <remarks>
/// ln x for x &gt; 0; a missing value (NaN) stays missing. A zero or negative value is an
/// <see cref="EstimationException"/> naming the variable, the first offending row (0-based) and value and
/// how many there are, so a table never shows a log silently turned into missing data.
/// </remarks>
public static class LogTransform
{
    /// <summary>ln of every value of <paramref name="values"/>.</summary>
    public static double[] Apply(string name, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new double[values.Length];
        int bad = 0, first = -1;
        for (int i = 0; i < values.Length; i++)
        {
            double x = values[i];
            if (double.IsNaN(x)) { result[i] = double.NaN; continue; }
            if (!(x > 0) || double.IsPositiveInfinity(x))
            {
                bad++;
                if (first < 0) first = i;
                continue;
            }
            result[i] = Math.Log(x);
        }
        if (bad > 0)
            throw new EstimationException(
                $"Cannot take log of '{name}': {bad} value{(bad == 1 ? " is" : "s are")} not positive (first at row {first}: " +
                $"{values[first].ToString("R", CultureInfo.InvariantCulture)}). Use a variable that is positive, or shift it explicitly.");
        return result;
    }
}
