namespace NevSpec.Core.Ergm;

/// <summary>
/// One row of a goodness-of-fit table: the observed value of a statistic (e.g. "nodes of degree 3") against its
/// distribution over the simulated networks.
/// </summary>
/// <param name="Label">Row label: the count k ("0", "1", …), "Inf" for unreachable pairs, or a term label.</param>
/// <param name="Observed">Value in the observed network.</param>
/// <param name="Mean">Mean over the simulations.</param>
/// <param name="Minimum">Smallest simulated value.</param>
/// <param name="Maximum">Largest simulated value.</param>
/// <param name="Lower">2.5 % quantile of the simulations (R type 7, as statnet's plots).</param>
/// <param name="Upper">97.5 % quantile of the simulations.</param>
/// <param name="ShareAtLeastObserved">Share of simulations ≥ observed.</param>
/// <param name="ShareAtMostObserved">Share of simulations ≤ observed.</param>
/// <param name="McPValue">statnet's "MC p-value": min(1, 2·min(share ≤ observed, share ≥ observed)).</param>
public sealed record ErgmGofRow(
    string Label, double Observed, double Mean, double Minimum, double Maximum, double Lower, double Upper,
    double ShareAtLeastObserved, double ShareAtMostObserved, double McPValue);
