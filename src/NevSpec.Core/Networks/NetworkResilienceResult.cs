namespace NevSpec.Core.Networks;

/// <summary>Network resilience of each stage (in the order given), with the options and any degenerate-case notes.</summary>
/// <param name="Stages">One entry per stage, in input order.</param>
/// <param name="Options">The options used.</param>
/// <param name="Notes">E.g. an indicator with the same value in every stage.</param>
public sealed record NetworkResilienceResult(
    IReadOnlyList<NetworkResilienceStage> Stages, NetworkResilienceOptions Options, IReadOnlyList<string> Notes);
