namespace NevSpec.Core.Mediation;

/// <summary>
/// Options of <see cref="MediationAnalysis"/>: bootstrap replications (0 = no bootstrap), seed (null =
/// <see cref="DefaultSeed"/>, recorded in the result), which interval to show and the confidence level.
/// </summary>
public sealed record MediationOptions(int Bootstrap = 0, ulong? Seed = null, BootstrapCiMethod Ci = BootstrapCiMethod.Percentile, double Level = 0.95)
{
    /// <summary>The seed used when none is given: 42.</summary>
    public const ulong DefaultSeed = 42;
}
