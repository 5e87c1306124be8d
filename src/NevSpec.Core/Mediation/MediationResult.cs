namespace NevSpec.Core.Mediation;

/// <summary>
/// A mediation analysis of one treatment on one outcome through one or more mediators, each analysed
/// separately (<see cref="MediatorResult"/>), with the options and the seed that was used.
/// </summary>
public sealed record MediationResult(
    string Outcome,
    string Treatment,
    string CovarianceName,
    IReadOnlyList<MediatorResult> Mediators,
    MediationOptions Options,
    ulong Seed)
{
    /// <summary>The result for one mediator, or throws listing the mediators.</summary>
    public MediatorResult this[string mediator] =>
        Mediators.FirstOrDefault(m => m.Mediator == mediator)
        ?? throw new KeyNotFoundException($"No mediator '{mediator}'; the mediators are: {string.Join(", ", Mediators.Select(m => m.Mediator))}.");
}
