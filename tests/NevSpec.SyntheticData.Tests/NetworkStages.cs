namespace NevSpec.SyntheticData.Tests;

/// <summary>Per-stage figures of a co-patent record list, computed with plain C# (the definitions in docs/data.md).</summary>
public sealed record StageFigures(string Stage, int Cities, int Pairs, int Collaborations, double AverageDegree, int Internal);

public static class NetworkStages
{
    public static readonly (string Name, int From, int To)[] Stages = [("2011-14", 2011, 2014), ("2015-17", 2015, 2017), ("2018-21", 2018, 2021)];

    /// <summary>
    /// Nodes: cities with at least one inter-city record in the stage. Pairs: distinct unordered inter-city pairs
    /// with a record. Collaborations: sum of inter-city counts. Average degree: 2 pairs / nodes. Internal: sum of
    /// same-city counts.
    /// </summary>
    public static StageFigures Compute(IEnumerable<(int Year, int A, int B, int Count)> records, string name, int from, int to)
    {
        var pairs = new HashSet<(int, int)>();
        var nodes = new HashSet<int>();
        int collab = 0, internalCount = 0;
        foreach (var (year, a, b, count) in records)
        {
            if (year < from || year > to) continue;
            if (a == b) { internalCount += count; continue; }
            pairs.Add(a < b ? (a, b) : (b, a));
            nodes.Add(a); nodes.Add(b);
            collab += count;
        }
        double avg = nodes.Count == 0 ? 0 : 2.0 * pairs.Count / nodes.Count;
        return new StageFigures(name, nodes.Count, pairs.Count, collab, avg, internalCount);
    }

    public static StageFigures[] All(CopatentNetwork net) =>
        Stages.Select(s => Compute(net.Records.Select(r => (r.Year, r.CityA, r.CityB, r.Count)), s.Name, s.From, s.To)).ToArray();
}
