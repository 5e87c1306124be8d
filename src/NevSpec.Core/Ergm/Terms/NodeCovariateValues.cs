namespace NevSpec.Core.Ergm;

/// <summary>Shared checks of a numeric node attribute used by <see cref="NodeCovTerm"/> and <see cref="AbsDiffTerm"/>.</summary>
internal static class NodeCovariateValues
{
    public static double[] Copy(IReadOnlyList<double> values, string attribute)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (string.IsNullOrWhiteSpace(attribute)) throw new ArgumentException("A node covariate needs an attribute name.", nameof(attribute));
        return values.ToArray();
    }

    public static void Validate(double[] values, int nodeCount, string term)
    {
        if (values.Length != nodeCount)
            throw new ErgmException($"Term {term}: the attribute has {values.Length} values but the network has {nodeCount} nodes.");
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                throw new ErgmException($"Term {term}: node {i} has a missing or non-finite attribute value ({values[i]}); ERGMs need a value for every node.");
    }
}
