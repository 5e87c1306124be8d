using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Networks;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>
/// Runs network analyses (<see cref="NetworkAnalysisPlan"/>) on their networks, loading each network once per runner.
/// Each period is analysed on its nodes with at least one link (<see cref="NetworkPeriod.ActiveGraph"/>). An analysis that
/// cannot run (bad data, a period without links, a degenerate case that has no answer) returns its error, never NaN.
/// </summary>
public sealed class NetworkRunner
{
    private readonly string _specDirectory;
    private readonly Dictionary<NetworkPlan, LoadedNetwork> _loaded = new();

    /// <param name="specDirectory">The folder the spec lives in; data paths in the spec are relative to it.</param>
    public NetworkRunner(string specDirectory) => _specDirectory = specDirectory;

    /// <summary>Loads (once) the network with its periods; ERGM and other consumers read the periods from here.</summary>
    /// <exception cref="DataException">A problem with the files (names file, column and line).</exception>
    public LoadedNetwork Load(StudyPlan plan, NetworkPlan network)
    {
        if (_loaded.TryGetValue(network, out var loaded)) return loaded;
        loaded = NetworkLoader.Load(plan, network, _specDirectory);
        _loaded[network] = loaded;
        return loaded;
    }

    /// <summary>Runs one network analysis of the plan.</summary>
    public NetworkAnalysisResult Run(StudyPlan plan, NetworkAnalysisPlan analysis)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(analysis);
        try
        {
            var network = Load(plan, analysis.Network);
            var notes = new List<string>(network.Notes) { IsolatesNote(network) };
            NetworkAnalysisResult result = analysis switch
            {
                NetworkMetricsPlan m => new NetworkMetricsResult(m, network.Periods.Select(p => NetworkAnalyses.Metrics(p, notes)).ToArray(), null),
                CentralityPlan c => new CentralityResult(c, network.Periods.Select(p => NetworkAnalyses.Centralities(p, c, notes)).ToArray(), null),
                CommunitiesPlan c => new CommunitiesResult(c, network.Periods.Select(p => NetworkAnalyses.Communities(p, c)).ToArray(), null),
                ResiliencePlan r => NetworkAnalyses.Resilience(network, r, notes),
                ClassesPlan c => new ClassesResult(c, network.Periods.Select(p => NetworkAnalyses.Classes(p, c, notes)).ToArray(), null),
                ErgmPlan e => ErgmAnalysisRunner.Run(network, e, notes),
                _ => new UnsupportedNetworkAnalysisResult(analysis, $"Network analysis '{analysis.Name}': {analysis.GetType().Name} is not supported."),
            };
            return result with { Notes = notes.Distinct().ToArray() };
        }
        catch (Exception e) when (e is DataException or ArgumentException or EstimationException or NetworkPeriodException)
        {
            return Failed(analysis, $"Network analysis '{analysis.Name}': {e.Message}");
        }
    }

    /// <summary>A result of the analysis' type carrying only the error.</summary>
    public static NetworkAnalysisResult Failed(NetworkAnalysisPlan analysis, string error) => analysis switch
    {
        NetworkMetricsPlan m => new NetworkMetricsResult(m, [], error),
        CentralityPlan c => new CentralityResult(c, [], error),
        CommunitiesPlan c => new CommunitiesResult(c, [], error),
        ResiliencePlan r => new ResilienceResult(r, [], null, error),
        ClassesPlan c => new ClassesResult(c, [], error),
        ErgmPlan e => new ErgmAnalysisResult(e, [], error),
        _ => new UnsupportedNetworkAnalysisResult(analysis, error),
    };

    private static string IsolatesNote(LoadedNetwork network) =>
        "Each period is analysed on its nodes with at least one link to another node; nodes of the network without one are left out (" +
        string.Join(", ", network.Periods.Select(p => $"{p.Label}: {p.Graph.NodeCount - p.ActiveGraph.NodeCount}")) + ").";
}
