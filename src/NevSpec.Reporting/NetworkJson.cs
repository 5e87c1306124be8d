using System.Text.Json;
using NevSpec.Core.Networks;
using NevSpec.Engine.Networks;

namespace NevSpec.Reporting;

/// <summary>
/// The results.json object of a network analysis (section <c>networks</c>, keyed by the analysis' name): per period, every
/// number the tables show (ERGM: <see cref="ErgmJson"/>) and the per-node values behind them, at full precision (see docs/networks.md).
/// </summary>
internal static class NetworkJson
{
    public static void Write(Utf8JsonWriter json, NetworkAnalysisResult analysis)
    {
        var v = new JsonValues(json);
        json.WriteStartObject();
        json.WriteString("kind", Kind(analysis));
        if (Network(analysis) is { } network) json.WriteString("network", network);
        if (analysis.Error is { } error) json.WriteString("error", error);
        else
        {
            switch (analysis)
            {
                case NetworkMetricsResult m: Periods(json, m.Periods, p => p.Label, p => Metrics(v, p)); break;
                case CentralityResult c: Periods(json, c.Periods, p => p.Label, p => Centralities(v, p)); break;
                case CommunitiesResult c:
                    json.WriteNumber("trials", c.Plan.Trials);
                    json.WriteNumber("seed", c.Plan.Seed);
                    Periods(json, c.Periods, p => p.Label, p => Communities(v, p));
                    break;
                case ResilienceResult r: Resilience(v, r); break;
                case ClassesResult c:
                    json.WriteNumber("classes", c.Plan.Classes);
                    Periods(json, c.Periods, p => p.Label, p => Classes(v, p));
                    break;
                case ErgmAnalysisResult e: ErgmJson.Write(v, e); break;
            }
        }
        v.Strings("notes", analysis.Notes.Concat(v.Notes).ToList());
        json.WriteEndObject();
    }

    private static string Kind(NetworkAnalysisResult analysis) => analysis switch
    {
        NetworkMetricsResult => "network_metrics",
        CentralityResult => "centrality",
        CommunitiesResult => "communities",
        ResilienceResult => "resilience",
        ClassesResult => "classes",
        ErgmAnalysisResult => "ergm",
        UnsupportedNetworkAnalysisResult u => u.Plan.GetType().Name.Replace("Plan", "").ToLowerInvariant(),
        _ => "network_analysis",
    };

    private static string? Network(NetworkAnalysisResult analysis) => analysis switch
    {
        NetworkMetricsResult m => m.Plan.Network.Name,
        CentralityResult c => c.Plan.Network.Name,
        CommunitiesResult c => c.Plan.Network.Name,
        ResilienceResult r => r.Plan.Network.Name,
        ClassesResult c => c.Plan.Network.Name,
        ErgmAnalysisResult e => e.Plan.Network.Name,
        UnsupportedNetworkAnalysisResult u => u.Plan.Network.Name,
        _ => null,
    };

    private static void Periods<T>(Utf8JsonWriter json, IReadOnlyList<T> periods, Func<T, string> label, Action<T> body)
    {
        json.WriteStartArray("periods");
        foreach (var p in periods)
        {
            json.WriteStartObject();
            json.WriteString("label", label(p));
            body(p);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Metrics(JsonValues v, PeriodMetrics p)
    {
        var json = v.Json;
        json.WriteNumber("nodes", p.Nodes);
        json.WriteNumber("nodes_without_links", p.Isolates);
        json.WriteNumber("edges", p.Edges);
        v.Number("total_weight", p.TotalWeight);
        v.Number("internal_strength", p.InternalWeight);
        v.Number("density", p.Density);
        v.Number("average_degree", p.AverageDegree);
        v.Number("average_strength", p.AverageStrength);
        json.WriteNumber("components", p.Components);
        json.WriteNumber("largest_component", p.LargestComponent);
        v.Number("average_path_length", p.AveragePathLength, p.Label);
        v.Number("global_efficiency", p.GlobalEfficiency);
        v.Number("average_clustering", p.AverageClustering);
        v.Number("transitivity", p.Transitivity);
        if (p.DegreeSlope is not { } s) { json.WriteNull("degree_slope"); return; }
        json.WriteStartObject("degree_slope");
        v.Number("slope", s.Slope);
        v.Number("intercept", s.Intercept);
        v.Number("slope_stderr", s.SlopeStandardError, $"degree slope of {p.Label}");
        v.Number("r2", s.RSquared);
        v.Number("log_base", s.LogBase);
        json.WriteStartArray("degrees");
        foreach (int k in s.Degrees) json.WriteNumberValue(k);
        json.WriteEndArray();
        json.WriteStartArray("probabilities");
        foreach (double x in s.Probabilities) v.Value(x, "P(k)");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Centralities(JsonValues v, PeriodCentralities p)
    {
        v.Json.WriteStartArray("nodes");
        for (int i = 0; i < p.NodeIds.Count; i++)
        {
            v.Json.WriteStartObject();
            v.Json.WriteString("id", p.NodeIds[i]);
            v.Json.WriteString("label", p.NodeLabels[i]);
            v.Json.WriteNumber("degree", p.DegreeCount[i]);
            v.Number("degree_centrality", p.Degree[i]);
            v.Number("closeness", p.Closeness[i], p.NodeIds[i]);
            v.Number("betweenness", p.Betweenness[i]);
            v.Json.WriteEndObject();
        }
        v.Json.WriteEndArray();
    }

    private static void Communities(JsonValues v, PeriodCommunities p)
    {
        var json = v.Json;
        json.WriteNumber("count", p.Count);
        json.WriteNumber("largest", p.Largest);
        v.Number("codelength", p.Codelength);
        v.Number("index_codelength", p.Infomap.Codelength.IndexCodelength);
        v.Number("module_codelength", p.Infomap.Codelength.ModuleCodelength);
        v.Number("one_level_codelength", p.Infomap.Codelength.OneLevelCodelength);
        json.WriteStartArray("sizes");
        foreach (int s in p.Sizes) json.WriteNumberValue(s);
        json.WriteEndArray();
        json.WriteStartObject("membership");
        for (int i = 0; i < p.NodeIds.Count; i++) json.WriteNumber(p.NodeIds[i], p.Infomap.Membership[i]);
        json.WriteEndObject();
    }

    private static void Resilience(JsonValues v, ResilienceResult r)
    {
        var json = v.Json;
        json.WriteString("weights", r.Plan.Weights.ToString().ToLowerInvariant());
        json.WriteString("coupling", r.Plan.Coupling.ToString().ToLowerInvariant());
        json.WriteString("paths", r.Plan.Paths.ToString().ToLowerInvariant());
        json.WriteString("closeness", r.Plan.Closeness.ToString().ToLowerInvariant());
        Periods(json, r.Periods, p => p.Label, p =>
        {
            Indicators(v, "indicators", p.Indicators);
            if (p.Network is { } stage)
            {
                Indicators(v, "normalised", stage.Normalised);
                v.Number("c", stage.Coupling.C);
                v.Number("t", stage.Coupling.T);
                v.Number("d", stage.Coupling.D);
                json.WriteNumber("level", stage.Level.Level);
                json.WriteString("level_name", stage.Level.Name);
            }
            json.WriteStartArray("centrality_weights");
            foreach (var w in p.Nodes.Weights)
            {
                json.WriteStartObject();
                json.WriteString("centrality", w.Centrality);
                v.Number("min", w.Min);
                v.Number("max", w.Max);
                v.Number("entropy", w.Entropy);
                v.Number("weight", w.Weight);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("nodes");
            for (int i = 0; i < p.Nodes.NodeIds.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("id", p.Nodes.NodeIds[i]);
                json.WriteString("label", p.NodeLabels[i]);
                v.Number("degree_centrality", p.Nodes.Degree[i]);
                v.Number("closeness", p.Nodes.Closeness[i]);
                v.Number("betweenness", p.Nodes.Betweenness[i]);
                v.Number("resilience", p.Nodes.Resilience[i]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    private static void Indicators(JsonValues v, string name, ResilienceIndicators x)
    {
        v.Json.WriteStartObject(name);
        v.Number("transmissibility", x.Transmissibility);
        v.Number("clustering", x.Clustering);
        v.Number("hierarchy", x.Hierarchy);
        v.Json.WriteEndObject();
    }

    private static void Classes(JsonValues v, PeriodClasses p)
    {
        var json = v.Json;
        if (p.InternalStrength is { } internalNodes && p.InternalBreaks is { } internalBreaks)
            Classification(v, "internal_strength", internalBreaks, internalNodes.Count, () =>
            {
                foreach (var n in internalNodes) Node(v, n);
            });
        else json.WriteNull("internal_strength");
        Classification(v, "link_strength", p.LinkBreaks, p.Links.Count, () =>
        {
            foreach (var l in p.Links)
            {
                json.WriteStartObject();
                json.WriteString("from", p.Data.NodeIds[l.From]);
                json.WriteString("to", p.Data.NodeIds[l.To]);
                v.Number("weight", l.Weight);
                json.WriteNumber("class", l.Class);
                json.WriteEndObject();
            }
        });
        Classification(v, "node_resilience", p.ResilienceBreaks, p.Resilience.Count, () =>
        {
            foreach (var n in p.Resilience) Node(v, n);
        });
    }

    private static void Classification(JsonValues v, string name, JenksResult jenks, int count, Action items)
    {
        var json = v.Json;
        json.WriteStartObject(name);
        json.WriteStartArray("breaks");
        foreach (double b in jenks.Breaks) v.Value(b, $"{name} break");
        json.WriteEndArray();
        json.WriteStartArray("counts");
        foreach (int c in jenks.ClassCounts) json.WriteNumberValue(c);
        json.WriteEndArray();
        v.Number("gvf", jenks.Gvf);
        json.WriteNumber("items", count);
        json.WriteStartArray("values");
        items();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Node(JsonValues v, ClassifiedNode n)
    {
        v.Json.WriteStartObject();
        v.Json.WriteString("id", n.Id);
        v.Number("value", n.Value);
        v.Json.WriteNumber("class", n.Class);
        v.Json.WriteEndObject();
    }
}
