using System.Globalization;
using System.Text.Json;
using NevSpec.Core.Ergm;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Ergm;

/// <summary>
/// The Florentine families (shared/data/network/florentine_*.csv, statnet's data(florentine)) as ERGM inputs, and the
/// reference file shared/reference/network/florentine_ergm_mple.json.
/// </summary>
internal static class Florentine
{
    private static string[][] Csv(string file) =>
        File.ReadAllLines(RepositoryPaths.InShared("data", "network", file)).Skip(1)
            .Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();

    public static string[] Families { get; } = Csv("florentine_nodes.csv").Select(r => r[1]).ToArray();

    public static double[] Wealth { get; } = Csv("florentine_nodes.csv").Select(r => double.Parse(r[2], CultureInfo.InvariantCulture)).ToArray();

    public static ErgmNetwork Marriage() => ErgmNetwork.FromEdges(Csv("florentine_marriage_edges.csv").Select(r => (r[0], r[1])), Families);

    public static ErgmNetwork Business() => ErgmNetwork.FromEdges(Csv("florentine_business_edges.csv").Select(r => (r[0], r[1])), Families);

    public static JsonElement Reference { get; } =
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared("reference", "network", "florentine_ergm_mple.json"))).RootElement;

    /// <summary>The term of a reference label (florentine_ergm_mple.json "terms").</summary>
    public static ErgmTerm Term(string label) => label switch
    {
        "edges" => new EdgesTerm(),
        "nodecov.wealth" => new NodeCovTerm("wealth", Wealth),
        "edgecov.absdiffwealth" => new EdgeCovTerm("absdiffwealth", Matrix((i, j) => Math.Abs(Wealth[i] - Wealth[j]))),
        "edgecov.flobusiness" => new EdgeCovTerm("flobusiness", Matrix((i, j) => Business().HasEdge(i, j) ? 1 : 0)),
        "triangle" => new TriangleTerm(),
        _ => throw new ArgumentException($"No Florentine term '{label}'."),
    };

    public static double[,] Matrix(Func<int, int, double> value)
    {
        int n = Families.Length;
        var m = new double[n, n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (i != j) m[i, j] = value(i, j);
        return m;
    }

    /// <summary>Half a unit of the last printed digit of a published number ("-2.594929" → 5e-7).</summary>
    public static double HalfUnit(string printed)
    {
        int dot = printed.IndexOf('.');
        int decimals = dot < 0 ? 0 : printed.Length - dot - 1;
        return 0.5 * Math.Pow(10, -decimals);
    }

    public static double Parse(string printed) => double.Parse(printed, CultureInfo.InvariantCulture);
}
