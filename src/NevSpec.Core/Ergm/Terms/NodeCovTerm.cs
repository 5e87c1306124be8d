namespace NevSpec.Core.Ergm;

/// <summary>statnet <c>nodecov("x")</c> (undirected): g(y) = Σ_{i&lt;j} y_ij (x_i + x_j); Δ_ij = x_i + x_j.</summary>
public sealed class NodeCovTerm : ErgmTerm
{
    private readonly double[] _x;

    /// <summary>Creates the term for attribute <paramref name="attribute"/> with one value per node (node order).</summary>
    public NodeCovTerm(string attribute, IReadOnlyList<double> values)
    {
        _x = NodeCovariateValues.Copy(values, attribute);
        Attribute = attribute;
    }

    /// <summary>The attribute name (the label suffix).</summary>
    public string Attribute { get; }
    /// <inheritdoc/>
    public override string Name => "nodecov." + Attribute;
    /// <inheritdoc/>
    public override bool IsDyadIndependent => true;
    /// <inheritdoc/>
    public override double ChangeStatistic(ErgmNetwork network, int i, int j) => _x[i] + _x[j];

    /// <inheritdoc/>
    public override double Statistic(ErgmNetwork network)
    {
        double s = 0;
        for (int i = 0; i < network.NodeCount; i++) s += network.Degree(i) * _x[i];
        return s;
    }

    /// <inheritdoc/>
    public override void Validate(int nodeCount) => NodeCovariateValues.Validate(_x, nodeCount, Name);
}
