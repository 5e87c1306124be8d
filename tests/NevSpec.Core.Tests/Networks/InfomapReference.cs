using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NevSpec.Core.Networks;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Networks;

/// <summary>Loads shared/reference/network/infomap/* for the Infomap tests.</summary>
internal static class InfomapReference
{
    public static JsonElement Json(string file) => NetworkReference.Json("infomap", file);

    public static WeightedGraph Graph(string dataset) => dataset switch
    {
        "karate" => NetworkReference.Karate(weighted: true),
        "karate_unweighted" => NetworkReference.Karate(weighted: false),
        "lesmis" => NetworkReference.LesMis(weighted: true),
        _ => throw new ArgumentException(dataset),
    };

    /// <summary>Membership object {node name → module} in graph node order.</summary>
    public static int[] Membership(JsonElement membership, WeightedGraph g) =>
        g.NodeIds.Select(id => membership.GetProperty(id).GetInt32()).ToArray();

    public static int[] IntArray(JsonElement a) => a.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    private static string PublishedScript() =>
        File.ReadAllText(RepositoryPaths.InShared("reference", "network", "infomap", "published", "evaluate-partition.py"));

    /// <summary>The network of evaluate-partition.py, parsed from its <c>net.add_link(a, b)</c> lines (unit weights).</summary>
    public static WeightedGraph PublishedNetwork()
    {
        var links = Regex.Matches(PublishedScript(), @"net\.add_link\((\d+),\s*(\d+)\)")
            .Select(m => (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), 1.0))
            .ToArray();
        int n = links.Max(l => Math.Max(l.Item1, l.Item2)) + 1;
        return WeightedGraph.FromEdges(n, links);
    }

    /// <summary>The printed "codelength: x bits" values of the "# Output:" comment block, in order.</summary>
    public static double[] PublishedCodelengths() =>
        Regex.Matches(PublishedScript(), @"#.*codelength: ([0-9.]+) bits")
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>True when the two memberships are the same partition up to relabelling.</summary>
    public static bool SamePartition(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        if (a.Count != b.Count) return false;
        var ab = new Dictionary<int, int>();
        var ba = new Dictionary<int, int>();
        for (int i = 0; i < a.Count; i++)
        {
            if (ab.TryGetValue(a[i], out int x) ? x != b[i] : !ab.TryAdd(a[i], b[i])) return false;
            if (ba.TryGetValue(b[i], out int y) ? y != a[i] : !ba.TryAdd(b[i], a[i])) return false;
        }
        return true;
    }
}
