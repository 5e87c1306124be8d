using System.Globalization;
using NevSpec.Core.Ergm;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>
/// Builds the ERGM of one period from an <see cref="ErgmPlan"/>: the binary network of the period's nodes with links
/// (<see cref="NetworkPeriod.ActiveGraph"/>, in the network's node order) and one Core term per plan term, with its
/// covariates read for exactly those nodes.
/// </summary>
/// <remarks>
/// <para>Why the active nodes: the other network analyses use them, and in paper 2 the network grows from 92 to ~300
/// cities, so a dyad is a pair of cities that both take part in the stage. Fitting on all 300 cities in every stage would
/// make most stage-1 dyads pairs of cities that did not patent jointly with anyone, and the edges coefficient would
/// mostly measure participation.</para>
/// <para>Covariates: <c>nodecov</c>/<c>absdiff</c> use the numeric attribute (the attributes panel's period mean, else a
/// numeric node-table column); <c>nodematch</c> uses the node-table column as text, else the panel's period mean written
/// in round-trip form; <c>edgecov distance</c> is the great-circle distance in km between the node table's coordinates
/// (raw km, as statnet users pass it); any other <c>edgecov</c> is a pair-table column (0 for pairs the table does not
/// list). A missing value for a node of the period is an <see cref="ErgmException"/> naming term, attribute, node and
/// period — ERGMs need a value for every node, and dropping the node would change the network.</para>
/// </remarks>
internal static class ErgmPeriodModel
{
    public static (ErgmNetwork Network, ErgmTerm[] Terms) Build(NetworkPeriod period, ErgmPlan plan)
    {
        if (period.ActiveGraph.NodeCount < 2)
            throw new ErgmException($"the period has {period.ActiveGraph.NodeCount} node(s) with links; an ERGM needs at least two.");
        var network = ErgmNetwork.FromGraph(period.ActiveGraph);
        var terms = plan.Terms.Select(t => Term(period, t)).ToArray();
        return (network, terms);
    }

    private static ErgmTerm Term(NetworkPeriod period, ErgmTermPlan term) => term.Kind switch
    {
        ErgmTermKind.Edges => new EdgesTerm(),
        ErgmTermKind.Triangle => new TriangleTerm(),
        ErgmTermKind.Kstar => new KStarTerm(Whole(term)),
        ErgmTermKind.Gwesp => new GwespTerm(Decay(term)),
        ErgmTermKind.Gwdegree => new GwdegreeTerm(Decay(term)),
        ErgmTermKind.Nodecov => new NodeCovTerm(Attribute(term), Numeric(period, term)),
        ErgmTermKind.Absdiff => new AbsDiffTerm(Attribute(term), Numeric(period, term)),
        ErgmTermKind.Nodematch => new NodeMatchTerm(Attribute(term), Categories(period, term)),
        ErgmTermKind.Edgecov => new EdgeCovTerm(Attribute(term), EdgeCovariate(period, term)),
        _ => throw new ErgmException($"term {term.Label}: the ERGM term kind {term.Kind} is not supported."),
    };

    private static string Attribute(ErgmTermPlan term) =>
        term.Attribute ?? throw new ErgmException($"term {term.Label}: the term needs an attribute.");

    private static int Whole(ErgmTermPlan term) =>
        term.Parameter is { } k && k == Math.Floor(k) && k >= 1 && k <= int.MaxValue
            ? (int)k
            : throw new ErgmException($"term {term.Label}: kstar needs a whole number k ≥ 1, got {term.Parameter?.ToString(CultureInfo.InvariantCulture) ?? "none"}.");

    private static double Decay(ErgmTermPlan term) =>
        term.Parameter ?? throw new ErgmException($"term {term.Label}: the term needs its decay parameter.");

    /// <summary>The numeric attribute for each active node; a missing value names the node.</summary>
    private static double[] Numeric(NetworkPeriod period, ErgmTermPlan term)
    {
        string name = Attribute(term);
        IReadOnlyList<double> all;
        try { all = period.NumericAttribute(name); }
        catch (KeyNotFoundException e) { throw new ErgmException($"term {term.Label}: {e.Message}"); }
        var values = new double[period.ActiveNodes.Count];
        for (int k = 0; k < values.Length; k++)
        {
            int i = period.ActiveNodes[k];
            values[k] = all[i];
            if (!double.IsFinite(values[k])) throw MissingValue(period, term, name, i);
        }
        return values;
    }

    /// <summary>Categories for <c>nodematch</c>: the node table's text, else the panel's period mean as text.</summary>
    private static string[] Categories(NetworkPeriod period, ErgmTermPlan term)
    {
        string name = Attribute(term);
        if (period.NodeTableColumns.TryGetValue(name, out var text))
            return period.ActiveNodes.Select(i => string.IsNullOrEmpty(text[i]) ? throw MissingValue(period, term, name, i) : text[i]!).ToArray();
        return Numeric(period, term).Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray();
    }

    private static double[,] EdgeCovariate(NetworkPeriod period, ErgmTermPlan term)
    {
        string name = Attribute(term);
        var nodes = period.ActiveNodes;
        int n = nodes.Count;
        Func<int, int, double> value;
        if (name == ErgmAnalysisRunner.DistanceCovariate)
        {
            if (!period.HasCoordinates)
                throw new ErgmException($"term {term.Label}: the network's node table has no longitude and latitude to compute distances.");
            foreach (int i in nodes)
                if (!double.IsFinite(period.Longitude[i]) || !double.IsFinite(period.Latitude[i]))
                    throw new ErgmException($"term {term.Label}: node '{period.NodeIds[i]}' ({period.NodeLabels[i]}) has no " +
                                            $"{(double.IsFinite(period.Longitude[i]) ? "latitude" : "longitude")} in the node table, so its distances are unknown.");
            value = period.DistanceKm;
        }
        else
        {
            if (period.Pairs is not { } pairs)
                throw new ErgmException($"term {term.Label}: the network has no pair table, so the edge covariate '{name}' is unknown " +
                                        "(give 'pairs = <pair table>' in the network's options, or use 'edgecov distance').");
            if (!pairs.Has(name))
                throw new ErgmException($"term {term.Label}: the pair table '{pairs.Name}' has no numeric column '{name}'; it has: " +
                                        (pairs.Columns.Count == 0 ? "no numeric columns" : string.Join(", ", pairs.Columns)) + ".");
            value = (i, j) => pairs.Value(name, i, j);
        }
        var matrix = new double[n, n];
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++)
            {
                double v = value(nodes[a], nodes[b]);
                if (!double.IsFinite(v))
                    throw new ErgmException($"term {term.Label}: the pair ('{period.NodeIds[nodes[a]]}', '{period.NodeIds[nodes[b]]}') has no value of '{name}'.");
                matrix[a, b] = matrix[b, a] = v;
            }
        return matrix;
    }

    private static ErgmException MissingValue(NetworkPeriod period, ErgmTermPlan term, string attribute, int node) =>
        new($"term {term.Label}: node '{period.NodeIds[node]}' ({period.NodeLabels[node]}) has no value of '{attribute}' in {period.Label}" +
            (period.Attributes.ContainsKey(attribute) ? " (no non-missing row of the attributes panel in the period's years)" : " (empty in the node table)") +
            "; an ERGM needs a value for every node of the period.");
}
