using System.Globalization;
using NevSpec.Core.Ergm;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>
/// Runs an <see cref="ErgmPlan"/>: per period, the model of <see cref="ErgmPeriodModel"/> fitted by
/// <see cref="ErgmEstimator.Fit"/> with <see cref="ErgmAnalysisResult.Options"/> (the plan's settings and a per-period seed).
/// </summary>
internal static class ErgmAnalysisRunner
{
    /// <summary>The reserved edge covariate computed from coordinates (great-circle km), not read from the pair table.</summary>
    public const string DistanceCovariate = "distance";

    /// <exception cref="NetworkPeriodException">A period cannot be fitted; the message names it and what is wrong.</exception>
    public static ErgmAnalysisResult Run(LoadedNetwork network, ErgmPlan plan, List<string> notes)
    {
        var periods = new List<PeriodErgm>(network.Periods.Count);
        for (int p = 0; p < network.Periods.Count; p++)
        {
            var period = network.Periods[p];
            ErgmFit fit;
            try
            {
                var (graph, terms) = ErgmPeriodModel.Build(period, plan);
                fit = ErgmEstimator.Fit(graph, terms, ErgmAnalysisResult.Options(plan, p));
            }
            catch (ErgmException e)
            {
                throw new NetworkPeriodException($"period {period.Label}: {e.Message}");
            }
            periods.Add(new PeriodErgm(period.Label, period, fit));
        }
        notes.AddRange(Notes(plan, periods));
        return new ErgmAnalysisResult(plan, periods, null);
    }

    private static IEnumerable<string> Notes(ErgmPlan plan, IReadOnlyList<PeriodErgm> periods)
    {
        yield return "ERGM: each period's binary network (a tie wherever the period has a record between two different nodes) on the period's " +
                     "nodes with at least one link (" + string.Join(", ", periods.Select(p => $"{p.Label}: {p.Nodes} nodes, {p.Edges} ties")) +
                     "), so every dyad is a pair of nodes that both take part in that period.";
        foreach (var group in periods.Where(p => p.Fit.Converged).GroupBy(p => p.Fit.Message))
            yield return (group.Count() == periods.Count ? "" : string.Join(", ", group.Select(p => p.Label)) + ": ") + group.Key;
        foreach (var p in periods.Where(p => !p.Fit.Converged))
            yield return $"WARNING, period {p.Label}: the estimate is not final ({Status(p.Fit.Status)}): {p.Fit.Message}";
        if (plan.Terms.Any(t => t.Kind == ErgmTermKind.Edgecov && t.Attribute == DistanceCovariate))
            yield return "edgecov.distance: great-circle (haversine, R = 6371 km) distance in km between the node table's coordinates, unscaled: its coefficient is the change in log-odds of a tie per km.";
        yield return string.Create(CultureInfo.InvariantCulture,
            $"Seeds: {(plan.SeedGiven ? "" : "no seed given, default ")}seed {plan.Seed}; period k uses the (k + 1)-th SplitMix64 output from it (") +
            string.Join(", ", periods.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Label}: {p.Fit.Seed}"))) + ").";
        foreach (var p in periods)
            if (p.Fit.GoodnessOfFit?.Note is { } gofNote) yield return $"Goodness of fit, period {p.Label}: {gofNote}";
    }

    /// <summary>A short name of a fit status for notes and tables.</summary>
    public static string Status(ErgmStatus status) => status switch
    {
        ErgmStatus.Converged => "converged",
        ErgmStatus.NotConverged => "not converged",
        ErgmStatus.Separation => "separation",
        ErgmStatus.Degenerate => "degenerate",
        _ => status.ToString(),
    };
}
