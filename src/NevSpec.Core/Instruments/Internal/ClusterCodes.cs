using NevSpec.Core.Estimation;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>Group codes of the intersection of several cluster variables (for multi-way clustering).</summary>
internal static class ClusterCodes
{
    public static (int[] Codes, int Groups) Intersect(IReadOnlyList<Factor> clusters, int subset)
    {
        var members = Enumerable.Range(0, clusters.Count).Where(q => (subset >> q & 1) == 1).ToArray();
        var codes = clusters[members[0]].Codes;
        int groups = clusters[members[0]].Levels;
        foreach (int q in members.Skip(1))
        {
            // Recode after each pair so the keys stay small.
            var index = new Dictionary<long, int>();
            var next = new int[codes.Length];
            var other = clusters[q];
            for (int i = 0; i < codes.Length; i++)
            {
                long key = (long)codes[i] * other.Levels + other.CodeAt(i);
                if (!index.TryGetValue(key, out int g)) index[key] = g = index.Count;
                next[i] = g;
            }
            codes = next;
            groups = index.Count;
        }
        return (codes, groups);
    }
}
