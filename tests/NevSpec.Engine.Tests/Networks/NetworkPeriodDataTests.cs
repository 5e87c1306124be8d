using NevSpec.Core.Data;
using NevSpec.Engine.Networks;
using NevSpec.Language.Plan;
using static NevSpec.Engine.Tests.Networks.NetworkPlans;

namespace NevSpec.Engine.Tests.Networks;

/// <summary>
/// What a loaded <see cref="NetworkPeriod"/> holds for ERGM and maps: fixed node order, labels, coordinates, node
/// attributes averaged over the period's years, node-table columns and pair covariates (0 for an unlisted pair).
/// Expected values are worked by hand from the small files written here.
/// </summary>
public sealed class NetworkPeriodDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nevspec-netdata-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private LoadedNetwork Load(string pairsCsv = "a,b,adjacent,note\n1,2,1,x\n3,2,1,y\n")
    {
        File.WriteAllText(Path.Combine(_folder, "e.csv"), "a,b,w,t\n2,1,4,2011\n3,2,1,2012\n1,3,2,2013\n");
        File.WriteAllText(Path.Combine(_folder, "n.csv"), "id,name,lon,lat,region,pop\n1,One,116.40,39.90,east,21.5\n2,Two,121.47,31.23,east,24.9\n3,Three,104.07,30.67,,\n4,Four,0,0,west,1\n");
        File.WriteAllText(Path.Combine(_folder, "y.csv"), "id,year,gdp,label\n1,2011,10,a\n1,2012,20,a\n1,2013,40,a\n2,2011,5,b\n2,2012,,b\n9,2011,1,c\n");
        File.WriteAllText(Path.Combine(_folder, "p.csv"), pairsCsv);
        var nodes = new NodeTablePlan("cities", "n.csv", "id", "name", "lon", "lat", null);
        var panel = new DataSourcePlan("cityYears", "y.csv", "id", "year", null);
        var pairs = new PairTablePlan("cityPairs", "p.csv", "a", "b", null);
        var network = Network(nodes: "cities", attributes: "cityYears", pairs: "cityPairs", periods: Periods((2011, 2012), (2013, 2013)));
        return new StudyRunner(_folder).LoadNetwork(Study(network, [], nodes, panel, pairs), network);
    }

    [Fact]
    public void PeriodsShareTheNodeTableOrderAndCarryLabelsAndCoordinates()
    {
        var net = Load();
        Assert.Equal(["2011–2012", "2013–2013"], net.Periods.Select(p => p.Label));
        foreach (var p in net.Periods)
        {
            Assert.Equal(["1", "2", "3", "4"], p.NodeIds);
            Assert.Equal(["One", "Two", "Three", "Four"], p.NodeLabels);
            Assert.True(p.HasCoordinates);
            Assert.Equal(121.47, p.Longitude[1]);
        }
        Assert.Equal([0, 1, 2], net.Periods[0].ActiveNodes);
        Assert.Equal([0, 2], net.Periods[1].ActiveNodes);
        Assert.Equal(["One", "Three"], net.Periods[1].ActiveLabels);
        Assert.Equal(["east", "east", null, "west"], net.Periods[0].NodeTableColumns["region"]);
        Assert.Equal(["region", "pop"], net.Periods[0].NodeTableColumns.Keys);
        // Beijing–Shanghai great-circle distance, haversine with R = 6371 km: about 1068 km.
        Assert.InRange(net.Periods[0].DistanceKm(0, 1), 1060, 1075);
        Assert.Equal(0, net.Periods[0].DistanceKm(2, 2));
    }

    [Fact]
    public void AttributesAreAveragedOverThePeriodsYearsSkippingMissingCells()
    {
        var net = Load();
        // Node 1: (10 + 20)/2 = 15 in 2011–2012 and 40 in 2013; node 2: 5 (2012 missing), nothing in 2013; 3, 4: no rows.
        var early = net.Periods[0].NumericAttribute("gdp");
        Assert.Equal(15, early[0]);
        Assert.Equal(5, early[1]);
        Assert.True(double.IsNaN(early[2]) && double.IsNaN(early[3]));
        Assert.Equal(40, net.Periods[1].Attributes["gdp"][0]);
        Assert.True(double.IsNaN(net.Periods[1].Attributes["gdp"][1]));
        Assert.False(net.Periods[0].Attributes.ContainsKey("label"));
        Assert.Contains("Attributes 'cityYears' (y.csv): 1 row of nodes outside the network, not used.", net.Notes);
        // A time-invariant numeric node-table column serves as a node attribute too (missing → NaN); a text column does not.
        var pop = net.Periods[1].NumericAttribute("pop");
        Assert.Equal(24.9, pop[1]);
        Assert.True(double.IsNaN(pop[2]));
        Assert.Equal("Node attribute 'region' is not numeric: node '1' has 'east'.",
            Assert.Throws<KeyNotFoundException>(() => net.Periods[0].NumericAttribute("region")).Message.Trim('\''));
    }

    [Fact]
    public void PairCovariatesAreUnorderedAndZeroForUnlistedPairs()
    {
        var pairs = Load().Periods[0].Pairs!;
        Assert.Equal(["adjacent"], pairs.Columns);
        Assert.Equal(1, pairs.Value("adjacent", 0, 1));
        Assert.Equal(1, pairs.Value("adjacent", 1, 0));
        Assert.Equal(1, pairs.Value("adjacent", 1, 2));
        Assert.Equal(0, pairs.Value("adjacent", 0, 2));
        Assert.Equal(2, pairs.PairCount);
        Assert.Throws<KeyNotFoundException>(() => pairs.Value("distance", 0, 1));
    }

    [Fact]
    public void APairListedTwiceOrWithAnUnknownNodeIsAnError()
    {
        var e = Assert.Throws<DataException>(() => Load("a,b,adjacent\n1,2,1\n2,1,0\n"));
        Assert.Equal("p.csv: line 3: the pair ('2', '1') is listed twice (also on line 2); a pair table lists each unordered pair once", e.Message);
        e = Assert.Throws<DataException>(() => Load("a,b,adjacent\n1,7,1\n"));
        Assert.Equal("p.csv: column 'b', line 2: node '7' is not in the node table 'cities' (n.csv)", e.Message);
        e = Assert.Throws<DataException>(() => Load("a,b,adjacent\n1,2,\n"));
        Assert.Equal("p.csv: column 'adjacent', line 2: the value is missing", e.Message);
    }
}
