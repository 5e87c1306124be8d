using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>A network read from its files and cut into periods, ready for the network analyses and ERGM.</summary>
/// <param name="Plan">The network's plan.</param>
/// <param name="Periods">One entry per period, in plan order (a single <c>all</c> period without periods).</param>
/// <param name="Notes">What loading did that a reader should know: summed repeats, self-loops, unused records or rows.</param>
public sealed record LoadedNetwork(NetworkPlan Plan, IReadOnlyList<NetworkPeriod> Periods, IReadOnlyList<string> Notes);
