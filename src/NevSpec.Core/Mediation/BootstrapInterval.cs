namespace NevSpec.Core.Mediation;

/// <summary>
/// The bootstrap distribution summary of the indirect effect: replications asked for and
/// completed, the seed, what was resampled ("observations" or the cluster variable's name), the
/// bootstrap SE, and the percentile and bias-corrected intervals at <see cref="Level"/>. The BC
/// interval and z₀ are null when every bootstrap estimate lies on one side of the estimate (z₀ would be infinite).
/// </summary>
public sealed record BootstrapInterval(
    int Requested,
    int Completed,
    ulong Seed,
    string ResamplingUnit,
    double Level,
    double StdErr,
    double PercentileLow,
    double PercentileHigh,
    double? BiasCorrectedLow,
    double? BiasCorrectedHigh,
    double? BiasCorrectionZ0,
    BootstrapCiMethod Shown)
{
    /// <summary>Lower end of the interval chosen for display (falls back to percentile when BC is undefined).</summary>
    public double Low => Shown == BootstrapCiMethod.BiasCorrected && BiasCorrectedLow is double l ? l : PercentileLow;

    /// <summary>Upper end of the interval chosen for display.</summary>
    public double High => Shown == BootstrapCiMethod.BiasCorrected && BiasCorrectedHigh is double h ? h : PercentileHigh;
}
