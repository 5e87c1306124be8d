using NevSpec.Core.Ergm;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>
/// <c>|> ergm [ … ] { … }</c>: an exponential random graph model of each period's binary network (paper 2, Table 4), fitted
/// on the period's nodes with at least one link (<see cref="NetworkPeriod.ActiveGraph"/>).
/// </summary>
/// <remarks>
/// A fit that is not final (<see cref="ErgmStatus.NotConverged"/>, <see cref="ErgmStatus.Separation"/>,
/// <see cref="ErgmStatus.Degenerate"/>) still gives a period here; its status is named in <see cref="NetworkAnalysisResult.Notes"/>
/// and <see cref="NonConverged"/>. A period that cannot be fitted at all (a missing attribute value, an unknown covariate, a
/// term with no variation) fails the whole analysis with the period named in <see cref="NetworkAnalysisResult.Error"/>.
/// </remarks>
/// <param name="Plan">The analysis plan.</param>
/// <param name="Periods">One entry per period, in plan order (empty when <paramref name="Error"/> is set).</param>
/// <param name="Error">Why it could not run (names the period, term, attribute and node), or null.</param>
public sealed record ErgmAnalysisResult(ErgmPlan Plan, IReadOnlyList<PeriodErgm> Periods, string? Error)
    : NetworkAnalysisResult(Plan.Name, Error)
{
    /// <summary>The period with this label.</summary>
    public PeriodErgm Period(string label) => PeriodLookup.Find(Periods, p => p.Label, label, Name);

    /// <summary>The periods whose fit is not final (status other than <see cref="ErgmStatus.Converged"/>).</summary>
    public IReadOnlyList<PeriodErgm> NonConverged => Periods.Where(p => !p.Fit.Converged).ToArray();

    /// <summary>
    /// The seed of period <paramref name="periodIndex"/> (0-based, plan order): one SplitMix64 step from
    /// <c>planSeed + periodIndex·0x9E3779B97F4A7C15</c>, i.e. the (periodIndex + 1)-th output of SplitMix64 started at the
    /// plan seed. Periods get different, reproducible streams; adding a period at the end leaves the others' seeds unchanged.
    /// </summary>
    public static ulong PeriodSeed(ulong planSeed, int periodIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(periodIndex);
        ulong state = unchecked(planSeed + (ulong)periodIndex * 0x9E3779B97F4A7C15UL);
        return Core.Randomness.SeededRandom.SplitMix64(ref state);
    }

    /// <summary>The fitting options of period <paramref name="periodIndex"/>: the plan's MCMC and GOF settings and <see cref="PeriodSeed"/>.</summary>
    public static ErgmOptions Options(ErgmPlan plan, int periodIndex)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new ErgmOptions
        {
            Seed = PeriodSeed(plan.Seed, periodIndex),
            SampleSize = plan.SampleSize,
            Burnin = plan.Burnin,
            Interval = plan.Interval,
            Iterations = plan.Iterations,
            GofSimulations = plan.GofSimulations,
        };
    }
}
