using System.Globalization;
using NevSpec.Core.Ergm;
using NevSpec.Core.Randomness;
using NevSpec.Engine.Networks;
using NevSpec.Language;
using NevSpec.Language.Plan;
using NevSpec.Tests;

namespace NevSpec.Engine.Tests.Networks;

/// <summary>
/// Paper 2's Table 4 (<c>table4</c> of specs/network_resilience.nevspec) on the bundled synthetic co-patent data: the engine's
/// fit of every stage equals, digit for digit, a Core fit this test builds itself from the four CSV files by plain parsing
/// (active cities of the stage in cities.csv order, stage means of city_years.csv, haversine km, city_pairs.csv adjacency),
/// and the per-period seeds follow the documented SplitMix64 rule.
/// </summary>
public sealed class SyntheticErgmTests
{
    private static readonly (string Label, int First, int Last)[] Stages = [("2011–2014", 2011, 2014), ("2015–2017", 2015, 2017), ("2018–2021", 2018, 2021)];
    private static readonly Lazy<(StudyPlan Plan, ErgmPlan Ergm, ErgmAnalysisResult Result)> Run = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Specs, "network_resilience.nevspec"));
        var plan = SpecCompiler.Compile(text, new FileSystemHeaderProvider(RepositoryPaths.Specs)).Plan!;
        var ergm = plan.NetworkAnalyses.OfType<ErgmPlan>().Single(a => a.Name == "table4");
        var result = (ErgmAnalysisResult)new StudyRunner(RepositoryPaths.Specs).RunNetworkAnalysis(plan, ergm);
        return (plan, ergm, result);
    });

    private static string[][] Rows(string file) =>
        File.ReadLines(RepositoryPaths.InRoot("specs", "data", file)).Skip(1).Select(l => l.Split(',')).ToArray();

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>The stage's ERGM built from the CSV files without the engine: network, terms in the spec's order.</summary>
    private static (ErgmNetwork Network, ErgmTerm[] Terms, string[] Nodes) IndependentModel(int first, int last)
    {
        var cities = Rows("cities.csv");
        var order = cities.Select(c => c[0]).ToList();
        var ties = new HashSet<(int, int)>();
        foreach (var f in Rows("copatents.csv"))
        {
            int year = int.Parse(f[0], CultureInfo.InvariantCulture);
            if (year < first || year > last || f[1] == f[2]) continue;
            int a = order.IndexOf(f[1]), b = order.IndexOf(f[2]);
            ties.Add((Math.Min(a, b), Math.Max(a, b)));
        }
        var active = ties.SelectMany(t => new[] { t.Item1, t.Item2 }).Distinct().Order().ToArray();
        var ids = active.Select(i => order[i]).ToArray();
        // Ties in (i, j) order, as the engine's CSR graph hands them over (the sampler's tie list order matters for GOF draws).
        var network = ErgmNetwork.FromEdges(ties.Order().Select(t => (order[t.Item1], order[t.Item2])), ids);

        double[] Mean(int column)
        {
            var sum = new double[order.Count];
            var count = new int[order.Count];
            foreach (var f in Rows("city_years.csv"))
            {
                int year = int.Parse(f[1], CultureInfo.InvariantCulture);
                if (year < first || year > last) continue;
                int i = order.IndexOf(f[0]);
                sum[i] += Number(f[column]);
                count[i]++;
            }
            return active.Select(i => sum[i] / count[i]).ToArray();
        }

        var lon = cities.Select(c => Number(c[4])).ToArray();
        var lat = cities.Select(c => Number(c[5])).ToArray();
        var adjacent = Rows("city_pairs.csv").ToDictionary(f => (order.IndexOf(f[0]), order.IndexOf(f[1])), f => Number(f[2]));
        int n = active.Length;
        var distance = new double[n, n];
        var adjacency = new double[n, n];
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++)
            {
                distance[a, b] = distance[b, a] = Haversine(lat[active[a]], lon[active[a]], lat[active[b]], lon[active[b]]);
                adjacency[a, b] = adjacency[b, a] = adjacent.GetValueOrDefault((active[a], active[b]));
            }
        ErgmTerm[] terms =
        [
            new EdgesTerm(), new NodeCovTerm("gdp", Mean(2)), new NodeCovTerm("edu_spending", Mean(3)), new NodeCovTerm("st_spending", Mean(4)),
            new EdgeCovTerm("distance", distance), new EdgeCovTerm("adjacent", adjacency),
        ];
        return (network, terms, ids);
    }

    /// <summary>Great-circle distance, R = 6371 km (docs/data.md: the distance of the synthetic data).</summary>
    private static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371, rad = Math.PI / 180;
        double phi1 = lat1 * rad, phi2 = lat2 * rad;
        double dPhi = phi2 - phi1, dLambda = (lon2 - lon1) * rad;
        double a = Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2) + Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    [Fact]
    public void EveryStageEqualsADirectCoreFit()
    {
        var (_, plan, result) = Run.Value;
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(Stages.Select(s => s.Label), result.Periods.Select(p => p.Label));
        for (int s = 0; s < Stages.Length; s++)
        {
            var (network, terms, ids) = IndependentModel(Stages[s].First, Stages[s].Last);
            var expected = ErgmEstimator.Fit(network, terms, new ErgmOptions
            {
                Seed = ErgmAnalysisResult.PeriodSeed(plan.Seed, s), SampleSize = plan.SampleSize, Burnin = plan.Burnin,
                Interval = plan.Interval, Iterations = plan.Iterations, GofSimulations = plan.GofSimulations,
            });
            var actual = result.Periods[s];
            Assert.Equal(ids, actual.Data.ActiveNodes.Select(i => actual.Data.NodeIds[i]));
            Assert.Equal(expected.Coefficients, actual.Fit.Coefficients);
            Assert.Equal(expected.CovarianceMatrix(), actual.Fit.CovarianceMatrix());
            Assert.Equal(expected.LogLikelihood, actual.Fit.LogLikelihood);
            Assert.Equal(expected.ObservedStatistics, actual.Fit.ObservedStatistics);
            Assert.Equal((expected.Method, expected.Status, expected.NodeCount), (actual.Fit.Method, actual.Fit.Status, actual.Fit.NodeCount));
            var (e, a) = (expected.GoodnessOfFit!, actual.Fit.GoodnessOfFit!);
            Assert.Equal(e.ModelStatistics.Rows, a.ModelStatistics.Rows);
            Assert.Equal(e.Degree.Rows, a.Degree.Rows);
            Assert.Equal(e.EdgewiseSharedPartners.Rows, a.EdgewiseSharedPartners.Rows);
            Assert.Equal(e.GeodesicDistance.Rows, a.GeodesicDistance.Rows);
            Assert.Equal(network.EdgeCount, actual.Edges);
        }
        // Stage sizes: docs/data.md, stage table, "Bundled" column (cities / pairs).
        Assert.Equal([92, 160, 292], result.Periods.Select(p => p.Nodes));
        Assert.Equal([181, 431, 1161], result.Periods.Select(p => p.Edges));
    }

    [Fact]
    public void Table4IsAnExactMleWithStatedNodesAndUnitsInTheNotes()
    {
        var result = Run.Value.Result;
        Assert.All(result.Periods, p => Assert.Equal((ErgmMethod.ExactMle, ErgmStatus.Converged), (p.Fit.Method, p.Fit.Status)));
        Assert.Empty(result.NonConverged);
        Assert.Equal(["edges", "nodecov.gdp", "nodecov.edu_spending", "nodecov.st_spending", "edgecov.distance", "edgecov.adjacent"],
            result.Periods[0].Fit.Terms);
        Assert.Contains(result.Notes, n => n.StartsWith("ERGM: each period's binary network") && n.Contains("2011–2014: 92 nodes, 181 ties"));
        Assert.Contains(result.Notes, n => n.StartsWith("edgecov.distance: great-circle") && n.Contains("in km"));
        // Distance deters ties in every stage (the synthetic network is built by gravity, docs/data.md).
        Assert.All(result.Periods, p => Assert.True(p.Fit["edgecov.distance"].Estimate < 0 && p.Fit["edgecov.distance"].P < 0.001));
    }

    [Fact]
    public void PeriodSeedsAreTheSuccessiveSplitMix64OutputsOfThePlanSeed()
    {
        var (_, plan, result) = Run.Value;
        ulong state = plan.Seed;
        for (int s = 0; s < Stages.Length; s++)
        {
            ulong expected = SeededRandom.SplitMix64(ref state);
            Assert.Equal(expected, ErgmAnalysisResult.PeriodSeed(plan.Seed, s));
            Assert.Equal(expected, result.Periods[s].Fit.Seed);
        }
        Assert.Equal(3, result.Periods.Select(p => p.Fit.Seed).Distinct().Count());
    }

    [Fact]
    public void SameSeedSameFitAnotherSeedAnotherGoodnessOfFit()
    {
        var (plan, ergm, first) = Run.Value;
        var again = (ErgmAnalysisResult)new StudyRunner(RepositoryPaths.Specs).RunNetworkAnalysis(plan, ergm);
        for (int s = 0; s < Stages.Length; s++)
        {
            Assert.Equal(first.Periods[s].Fit.Coefficients, again.Periods[s].Fit.Coefficients);
            Assert.Equal(first.Periods[s].Fit.GoodnessOfFit!.Degree.Rows, again.Periods[s].Fit.GoodnessOfFit!.Degree.Rows);
            Assert.Equal(first.Periods[s].Fit.GoodnessOfFit!.GeodesicDistance.Rows, again.Periods[s].Fit.GoodnessOfFit!.GeodesicDistance.Rows);
        }
        var other = (ErgmAnalysisResult)new StudyRunner(RepositoryPaths.Specs).RunNetworkAnalysis(plan, ergm with { Seed = ergm.Seed + 1 });
        // The exact MLE does not depend on the seed; the simulated networks of the goodness of fit do.
        Assert.Equal(first.Periods[0].Fit.Coefficients, other.Periods[0].Fit.Coefficients);
        Assert.NotEqual(first.Periods[0].Fit.GoodnessOfFit!.Degree.Rows, other.Periods[0].Fit.GoodnessOfFit!.Degree.Rows);
    }
}
