using NevSpec.Core.Networks;

namespace NevSpec.Engine.Networks;

/// <summary>Two-level Infomap communities of the nodes with links in one period.</summary>
/// <param name="Label">Period label.</param>
/// <param name="Data">The loaded period; node i here is <c>Data.ActiveNodes[i]</c> there.</param>
/// <param name="NodeIds">Ids of the period's nodes with links.</param>
/// <param name="NodeLabels">Their display names.</param>
/// <param name="Infomap">Membership (modules numbered 0, 1, … by first node), codelength and the trials' codelengths.</param>
public sealed record PeriodCommunities(
    string Label,
    NetworkPeriod Data,
    IReadOnlyList<string> NodeIds,
    IReadOnlyList<string> NodeLabels,
    InfomapResult Infomap)
{
    /// <summary>Number of communities.</summary>
    public int Count => Infomap.ModuleCount;

    /// <summary>Nodes per community, by community number.</summary>
    public IReadOnlyList<int> Sizes
    {
        get
        {
            var sizes = new int[Count];
            foreach (int m in Infomap.Membership) sizes[m]++;
            return sizes;
        }
    }

    /// <summary>Nodes in the largest community.</summary>
    public int Largest => Sizes.DefaultIfEmpty(0).Max();

    /// <summary>Two-level map-equation codelength in bits.</summary>
    public double Codelength => Infomap.Codelength.Codelength;
}
