namespace NevSpec.Engine.Networks;

/// <summary>A node's value and its Jenks class (1 = lowest).</summary>
/// <param name="Node">Index of the node in the period's <see cref="NetworkPeriod.Graph"/>.</param>
/// <param name="Id">Node id.</param>
/// <param name="Value">The classified value.</param>
/// <param name="Class">Class 1..k, class 1 = [b₀, b₁], class j = (b_{j−1}, b_j].</param>
public sealed record ClassifiedNode(int Node, string Id, double Value, int Class);
