namespace NevSpec.Core.Ergm;

/// <summary>
/// statnet <c>nodematch("x")</c> (uniform homophily, <c>diff = FALSE</c>): g(y) = Σ_{i&lt;j} y_ij 1[x_i = x_j];
/// Δ_ij = 1[x_i = x_j]. Categories are compared as strings (ordinal comparison).
/// </summary>
public sealed class NodeMatchTerm : ErgmTerm
{
    private readonly int[] _code;
    private readonly string?[] _raw;

    /// <summary>Creates the term for attribute <paramref name="attribute"/> with one category per node (node order).</summary>
    public NodeMatchTerm(string attribute, IReadOnlyList<string?> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (string.IsNullOrWhiteSpace(attribute)) throw new ArgumentException("nodematch needs an attribute name.", nameof(attribute));
        Attribute = attribute;
        _raw = categories.ToArray();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        _code = new int[_raw.Length];
        for (int i = 0; i < _raw.Length; i++)
            _code[i] = _raw[i] is { } c ? (codes.TryGetValue(c, out int k) ? k : codes[c] = codes.Count) : -1;
    }

    /// <summary>The attribute name (the label suffix).</summary>
    public string Attribute { get; }
    /// <inheritdoc/>
    public override string Name => "nodematch." + Attribute;
    /// <inheritdoc/>
    public override bool IsDyadIndependent => true;
    /// <inheritdoc/>
    public override double ChangeStatistic(ErgmNetwork network, int i, int j) => _code[i] == _code[j] ? 1.0 : 0.0;

    /// <inheritdoc/>
    public override double Statistic(ErgmNetwork network)
    {
        double s = 0;
        foreach (var (i, j) in network.Edges()) if (_code[i] == _code[j]) s++;
        return s;
    }

    /// <inheritdoc/>
    public override void Validate(int nodeCount)
    {
        if (_code.Length != nodeCount)
            throw new ErgmException($"Term {Name}: the attribute has {_code.Length} values but the network has {nodeCount} nodes.");
        for (int i = 0; i < _code.Length; i++)
            if (_code[i] < 0 || _raw[i]!.Length == 0)
                throw new ErgmException($"Term {Name}: node {i} has a missing category; ERGMs need a value for every node.");
    }
}
