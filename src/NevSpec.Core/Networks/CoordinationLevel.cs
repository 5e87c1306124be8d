namespace NevSpec.Core.Networks;

/// <summary>
/// A level of the standard ten-level scale of coupling coordination degree D, in steps of 0.1 from extreme
/// imbalance (level 1, D &lt; 0.1) to high-quality coordination (level 10, D ≥ 0.9).
/// </summary>
/// <remarks>
/// The scale used throughout the coupling-coordination literature (Liao 1999, <i>Tropical Geography</i> 19(2),
/// 171–177, and the many papers after it): [0, 0.1) extreme imbalance, [0.1, 0.2) serious imbalance, [0.2, 0.3)
/// moderate imbalance, [0.3, 0.4) mild imbalance, [0.4, 0.5) on the verge of imbalance, [0.5, 0.6) barely
/// coordinated, [0.6, 0.7) primary coordination, [0.7, 0.8) intermediate coordination, [0.8, 0.9) good coordination,
/// [0.9, 1] high-quality coordination. Each interval is closed below and open above; D ≥ 1 is level 10.
/// </remarks>
/// <param name="Level">1 (lowest) to 10.</param>
/// <param name="Name">English name of the level.</param>
/// <param name="Lower">Lower bound of D (inclusive).</param>
/// <param name="Upper">Upper bound of D (exclusive, except 1 for level 10).</param>
public sealed record CoordinationLevel(int Level, string Name, double Lower, double Upper)
{
    private static readonly string[] Names =
    [
        "extreme imbalance", "serious imbalance", "moderate imbalance", "mild imbalance", "on the verge of imbalance",
        "barely coordinated", "primary coordination", "intermediate coordination", "good coordination", "high-quality coordination",
    ];

    /// <summary>The ten levels, lowest first.</summary>
    public static IReadOnlyList<CoordinationLevel> All { get; } =
        Enumerable.Range(1, 10).Select(k => new CoordinationLevel(k, Names[k - 1], (k - 1) / 10.0, k / 10.0)).ToArray();

    /// <summary>The level of a coupling coordination degree.</summary>
    /// <exception cref="ArgumentException">D is not finite or is negative.</exception>
    public static CoordinationLevel Of(double d)
    {
        if (!double.IsFinite(d) || d < 0) throw new ArgumentException($"A coupling coordination degree must be finite and ≥ 0, got {d}.", nameof(d));
        // Compare with the bounds themselves (not floor(10·D)), so D = 0.7 is level 8 despite 0.7·10 rounding.
        for (int k = 9; k >= 1; k--) if (d >= All[k].Lower) return All[k];
        return All[0];
    }
}
