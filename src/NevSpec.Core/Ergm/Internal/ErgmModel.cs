namespace NevSpec.Core.Ergm.Internal;

/// <summary>The ordered terms of one model: the statistic vector g(y) and the change-statistic vector Δ_ij.</summary>
internal sealed class ErgmModel
{
    public ErgmModel(IReadOnlyList<ErgmTerm> terms, int nodeCount)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0) throw new ErgmException("An ERGM needs at least one term.");
        Terms = terms.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Terms)
        {
            if (t is null) throw new ErgmException("The term list contains a null term.");
            if (!seen.Add(t.Name)) throw new ErgmException($"Term {t.Name} appears twice in the model.");
            t.Validate(nodeCount);
        }
        Names = Terms.Select(t => t.Name).ToArray();
        DyadIndependent = Terms.All(t => t.IsDyadIndependent);
    }

    public ErgmTerm[] Terms { get; }
    public string[] Names { get; }
    public int Count => Terms.Length;
    public bool DyadIndependent { get; }

    public void ChangeStatistics(ErgmNetwork network, int i, int j, Span<double> delta)
    {
        var terms = Terms;
        for (int k = 0; k < terms.Length; k++) delta[k] = terms[k].ChangeStatistic(network, i, j);
    }

    public double[] Statistics(ErgmNetwork network)
    {
        var g = new double[Terms.Length];
        for (int k = 0; k < g.Length; k++) g[k] = Terms[k].Statistic(network);
        return g;
    }
}
