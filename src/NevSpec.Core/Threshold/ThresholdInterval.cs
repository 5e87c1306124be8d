namespace NevSpec.Core.Threshold;

/// <summary>
/// The LR confidence region of a threshold at one level: the smallest and largest searched grid
/// values with LR(γ) &lt; c(α), as Hansen prints it ([min, max] of the set, which need not be connected).
/// </summary>
/// <remarks>
/// c(α) = −2 ln(1 − √(1 − α)) with α = 1 − level, the asymptotic critical value of the LR statistic
/// under a shrinking threshold effect (Hansen 1999, J. Econometrics 93:345–368; Hansen 2000,
/// Econometrica 68:575–603): c = 7.35 at 95 %.
/// </remarks>
public sealed record ThresholdInterval(double Level, double CriticalValue, double Lower, double Upper)
{
    /// <summary>c(α) = −2 ln(1 − √level) for a confidence <paramref name="level"/> in (0, 1).</summary>
    public static double CriticalValueFor(double level)
    {
        if (!(level > 0 && level < 1))
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        return -2 * Math.Log(1 - Math.Sqrt(level));
    }
}
