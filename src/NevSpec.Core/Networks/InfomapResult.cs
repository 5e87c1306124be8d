namespace NevSpec.Core.Networks;

/// <summary>Best two-level partition found by <see cref="Infomap"/>.</summary>
/// <remarks>
/// <see cref="Membership"/> is renumbered 0, 1, 2, … in order of first appearance in node order (the convention of
/// shared/reference/network/infomap), so two runs can be compared entry by entry. <see cref="Codelength"/> is the
/// standard two-level map equation of that partition (Rosvall and Bergstrom 2008, PNAS 105(4), 1118–1123),
/// recomputed with <see cref="MapEquation.Evaluate"/>.
/// </remarks>
/// <param name="Membership">Module of each node, in graph node order.</param>
/// <param name="Codelength">Map-equation terms of the best partition.</param>
/// <param name="TrialCodelengths">Codelength (bits) of the best partition of each trial, in trial order.</param>
public sealed record InfomapResult(IReadOnlyList<int> Membership, MapEquationResult Codelength, IReadOnlyList<double> TrialCodelengths)
{
    /// <summary>Number of modules.</summary>
    public int ModuleCount => Codelength.ModuleCount;
}
